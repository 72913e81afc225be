/**
 * Checks on the real course in modules/: what the course promises its users (enough lessons,
 * quizzes, scenarios; every rubric dimension practised more than once; sources everywhere).
 */
import { describe, expect, inject, it } from 'vitest';

// Loaded once for the whole run (tests/unit/global-setup.ts).
const result = inject('course');
const course = result.course!;

describe('the course in modules/', () => {
	it('loads without errors', () => {
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		// Nor warnings: a spaced hyphen in a title, a scenario node, ending or choice no path reaches.
		expect(result.problems.filter((p) => p.severity === 'warning')).toEqual([]);
	});

	it('has at least 6 modules, 24 lessons, 48 questions, 5 scenarios and 30 glossary terms', () => {
		expect(result.stats.modules).toBeGreaterThanOrEqual(6);
		expect(result.stats.lessons).toBeGreaterThanOrEqual(24);
		expect(result.stats.questions).toBeGreaterThanOrEqual(48);
		expect(result.stats.scenarios).toBeGreaterThanOrEqual(5);
		expect(result.stats.glossaryTerms).toBeGreaterThanOrEqual(30);
	});

	it('gives every module a quiz of at least 8 questions, each with explanation and source', () => {
		for (const module of course.modules) {
			expect(module.quiz, module.id).toBeDefined();
			expect(module.quiz!.questions.length, module.id).toBeGreaterThanOrEqual(8);
			for (const question of module.quiz!.questions) {
				expect(question.explanation.trim(), question.prompt).not.toBe('');
				expect(question.source, question.prompt).toMatch(/§\d|aanbeveling|interview|samenvatting/i);
			}
		}
	});

	it('ends every lesson with its sources in the report, and attributes every quote', () => {
		for (const lesson of course.modules.flatMap((m) => m.lessons)) {
			expect(lesson.sources, lesson.file).toMatch(/§\d/);
			for (const quote of lesson.quotes) expect(quote.attribution, lesson.file).toMatch(/\S/);
		}
	});

	it('scores every rubric dimension in at least two scenarios', () => {
		const scenarios = course.modules.flatMap((m) => m.scenarios);
		for (const dimension of course.rubric) {
			const scoring = scenarios.filter((s) =>
				Object.values(s.nodes).some((n) => n.choices?.some((c) => (c.score[dimension.id] ?? 0) > 0))
			);
			expect(scoring.length, `${dimension.id}: ${scoring.map((s) => s.id).join(', ')}`).toBeGreaterThanOrEqual(2);
		}
	});

	it('makes every scenario a real conversation: 8+ nodes, 2+ endings, branching on trust, discussion prompts', () => {
		for (const scenario of course.modules.flatMap((m) => m.scenarios)) {
			const nodes = Object.values(scenario.nodes);
			expect(nodes.length, scenario.id).toBeGreaterThanOrEqual(8);
			expect(nodes.filter((n) => n.end).length, scenario.id).toBeGreaterThanOrEqual(2);
			const conditions = nodes.flatMap((n) => [...(n.next ?? []).map((r) => r.if), ...(n.choices ?? []).map((c) => c.if)]);
			expect(conditions.some((c) => c?.includes('trust')), scenario.id).toBe(true);
			expect(nodes.filter((n) => n.discuss).length, scenario.id).toBeGreaterThanOrEqual(2);
			for (const choice of nodes.flatMap((n) => n.choices ?? [])) {
				expect(choice.source, `${scenario.id}: ${choice.label}`).toMatch(/§\d|aanbeveling|interview/i);
			}
		}
	});

	it('says at every scenario ending what its text takes for granted (requires), which validation has held to every path', () => {
		for (const scenario of course.modules.flatMap((m) => m.scenarios)) {
			for (const ending of Object.values(scenario.nodes).filter((n) => n.end)) {
				expect(ending.requires, `${scenario.id}: ${ending.id}`).toMatch(/[<>=!]/);
			}
		}
	});

	it('keeps "ervaringsdeskundige" for the role: the interviewees are geïnterviewden', () => {
		// The word may name the role (aanbeveling 9d, the work of interview 8), never the eleven
		// interviewees as a group, as in "Ervaringsdeskundigen vragen ...".
		const texts = [
			...course.modules.flatMap((m) => [m.title, m.summary, m.introHtml, m.contentNote ?? '', ...m.goals]),
			...course.modules.flatMap((m) => m.lessons.flatMap((l) => [l.title, l.contentNote ?? '', l.html])),
			...course.modules.flatMap((m) =>
				(m.quiz?.questions ?? []).flatMap((q) => [
					q.prompt,
					q.explanation,
					...(q.type === 'keuze' ? q.options : [...q.categories, ...q.items.flatMap((item) => [item.text, item.explanation ?? ''])])
				])
			),
			...course.modules.flatMap((m) => m.scenarios.flatMap((s) => Object.values(s.nodes).flatMap((n) => [n.text, ...(n.choices ?? []).map((c) => c.feedback)])))
		];
		const asGroup = /ervaringsdeskundigen (vragen|raden|zeggen|noemen|vertellen)|van (de )?ervaringsdeskundigen/i;
		expect(texts.filter((t) => asGroup.test(t))).toEqual([]);
	});

	it('says what the report says about intent: not premeditated ("voorbedachte rade"), never "niet met opzet"', () => {
		const texts = [
			...course.modules.flatMap((m) => m.lessons.map((l) => l.html)),
			...course.modules.flatMap((m) => (m.quiz?.questions ?? []).flatMap((q) => [q.prompt, q.explanation])),
			...course.glossary.map((t) => t.explanation)
		];
		expect(texts.filter((t) => /niet met opzet/i.test(t))).toEqual([]);
		const definition = course.modules[0]!.lessons.find((l) => l.id === 'definitie')!;
		expect(definition.html).toContain('met voorbedachte rade');
	});
});
