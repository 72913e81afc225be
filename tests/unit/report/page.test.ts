import { describe, expect, inject, it } from 'vitest';
import { REPORT_SECTIONS } from '$lib/report/anchors';
import { reportPage, type ReportPage } from '$lib/report/page';
import { referencedAnchors } from '$lib/report/references';
import { loadWith } from '../content/fixture';

const allParts = (page: ReportPage) => [
	page.summary,
	...page.chapters.flatMap((c) => [c.chapter, ...c.sections, ...(c.recommendations?.peers ?? []), ...(c.recommendations?.professionals ?? [])]),
	...page.interviews
];

describe('reportPage', () => {
	it('lists every chapter and section in the report’s order, without §3.2, with the recommendations in chapter 8', async () => {
		const { course } = await loadWith();
		const page = reportPage(course!);
		expect(page.chapters.map((c) => c.chapter.label)).toEqual(['§1', '§2', '§3', '§4', '§5', '§6', '§7', '§8']);
		expect(page.chapters[2]!.sections.map((s) => s.label)).toEqual(['§3.1', '§3.3']);
		expect(page.chapters[4]!.sections.map((s) => [s.label, s.depth])).toContainEqual(['§5.1.1', 3]);
		const recommendations = page.chapters.find((c) => c.recommendations)!;
		expect(recommendations.chapter.label).toBe('§8');
		expect(recommendations.recommendations!.peers.map((p) => p.anchor)).toEqual(['lotgenoten-1', 'lotgenoten-2', 'lotgenoten-3', 'lotgenoten-4', 'lotgenoten-5', 'lotgenoten-6']);
		expect(recommendations.recommendations!.professionals.map((p) => p.anchor)[0]).toBe('aanbeveling-2');
		expect(recommendations.recommendations!.professionals).toHaveLength(11);
		expect(page.interviews.map((i) => i.anchor)).toHaveLength(11);
		expect(page.chapters.flatMap((c) => [c.chapter, ...c.sections])).toHaveLength(REPORT_SECTIONS.length);
	});

	it('names the lessons that refer to a part, worked out from the lessons', async () => {
		const { course } = await loadWith();
		const page = reportPage(course!);
		const find = (anchor: string) => allParts(page).find((p) => p.anchor === anchor)!;
		expect(find('p1-2').usedIn).toEqual([{ href: '/basis/definitie/', title: 'De definitie', moduleNumber: 1 }]);
		expect(find('p2').usedIn.map((l) => l.title)).toEqual(['De definitie', 'Vervolg']);
		expect(find('interview-10').usedIn.map((l) => l.title)).toEqual(['De definitie']);
		expect(find('p5-3').usedIn).toEqual([]);
	});

	it('has an entry, with a unique anchor, for every part the course’s own lessons refer to', () => {
		// Loaded once for the whole run (tests/unit/global-setup.ts).
		const { course } = inject('course');
		const page = reportPage(course!);
		const anchors = allParts(page).map((p) => p.anchor);
		expect(new Set(anchors).size).toBe(anchors.length);
		const referred = course!.modules.flatMap((m) => m.lessons.flatMap((l) => l.reportAnchors));
		expect(referred.length).toBeGreaterThan(0);
		expect(referred.filter((anchor) => !anchors.includes(anchor))).toEqual([]);
		// The texts the browser links (quiz, scenario feedback, glossary, rubric) point there too.
		const texts = [
			...course!.modules.flatMap((m) => (m.quiz?.questions ?? []).flatMap((q) => [q.explanation, q.source])),
			...course!.modules.flatMap((m) =>
				m.scenarios.flatMap((sc) => Object.values(sc.nodes).flatMap((n) => (n.choices ?? []).flatMap((c) => [c.feedback, c.source])))
			),
			...course!.glossary.map((t) => t.source),
			...course!.rubric.map((d) => d.source)
		];
		const linked = texts.flatMap(referencedAnchors);
		expect(linked.length).toBeGreaterThan(100);
		expect(linked.filter((anchor) => !anchors.includes(anchor))).toEqual([]);
		for (const part of allParts(page)) expect(part.title.trim(), part.anchor).not.toBe('');
	}, 60_000);
});
