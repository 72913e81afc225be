/**
 * The training mode over the course's own content: the catalogue lists every scenario, and
 * a spread of paths through every scenario (every ending among them), played as a group session,
 * ends where the player ends.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Course } from '$lib/content/types';
import { currentNodeId } from '$lib/scenario/machine';
import { analyseScenario } from '$lib/scenario/analyse';
import { findTrainingScenario, trainingCatalogue } from '$lib/training/catalogue';
import { sessionDuration } from '$lib/training/duration';
import { choose, goForward, reveal, startSession } from '$lib/training/session';
import { deriveView } from '$lib/training/view';
import { choicesOf, enumeratePaths } from '../scenario/play';

// Loaded once for the whole run (tests/unit/global-setup.ts).
const loaded = inject('course');
if (!loaded.course) throw new Error('de cursus in modules/ laadt niet');
const course: Course = loaded.course;

describe('trainingCatalogue', () => {
	it('lists every scenario once, grouped by module in course order, leaving out modules without one', () => {
		const catalogue = trainingCatalogue(course);
		const all = course.modules.flatMap((m) => m.scenarios.map((s) => s.id));
		expect(catalogue.flatMap((g) => g.scenarios.map((s) => s.id))).toEqual(all);
		expect(catalogue.every((g) => g.scenarios.length > 0)).toBe(true);
		const numbers = catalogue.map((g) => g.number);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	it('gives each scenario its title, summary and the names of the skills it practises, not its nodes', () => {
		for (const group of trainingCatalogue(course)) {
			for (const summary of group.scenarios) {
				const { scenario } = findTrainingScenario(course, summary.id)!;
				expect(summary).toMatchObject({ title: scenario.title, summary: scenario.summary, client: scenario.client });
				const names = new Map(course.rubric.map((d) => [d.id, d.name]));
				expect(summary.skills).toEqual(scenario.rubric.map((id) => names.get(id)));
				expect(summary).not.toHaveProperty('nodes');
			}
		}
	});

	it("gives each scenario's session time from the path analysis of the scenario itself", () => {
		for (const summary of trainingCatalogue(course).flatMap((g) => g.scenarios)) {
			const { scenario } = findTrainingScenario(course, summary.id)!;
			const { decisions } = analyseScenario(scenario);
			expect(decisions.most, `${summary.id}: elk pad heeft een einde`).not.toBeNull();
			expect(summary.decisions).toEqual(decisions);
			expect(summary.minutes).toEqual(sessionDuration(decisions));
			expect(summary.minutes.least).toBeLessThanOrEqual(summary.minutes.most!);
		}
	});

	it('finds a scenario by id, and nothing for an unknown id', () => {
		const first = course.modules.flatMap((m) => m.scenarios)[0]!;
		expect(findTrainingScenario(course, first.id)?.scenario).toBe(first);
		expect(findTrainingScenario(course, 'bestaat-niet')).toBeUndefined();
	});
});

describe('every course scenario as a group session', () => {
	it('ends where the player ends, with feedback and source at every step (a spread of paths, every ending)', () => {
		const failures: string[] = [];
		for (const scenario of course.modules.flatMap((m) => m.scenarios)) {
			// The scenario tests already play every path through the machine; here a spread of
			// about fifty per scenario, plus the first path to each ending, keeps this quick.
			// A group plays the prepared choices only: free replies are not part of a session.
			const paths = enumeratePaths(scenario, { replies: false }).finished;
			const every = Math.max(1, Math.ceil(paths.length / 50));
			const firstToEnding = new Map(paths.map((p) => [currentNodeId(p.snapshot), p] as const).reverse());
			const sample = new Set([...paths.filter((_, i) => i % every === 0), ...firstToEnding.values()]);
			for (const { steps, snapshot } of sample) {
				const choices = choicesOf(steps);
				let session = startSession(scenario);
				for (const index of choices) session = goForward(scenario, reveal(choose(scenario, session, index)));
				const view = deriveView(scenario, session);
				const where = `${scenario.id}: ${choices.map((i) => i + 1).join(', ')}`;
				if (view.kind !== 'end') {
					failures.push(`${where}: geen einde`);
					continue;
				}
				if (view.nodeId !== currentNodeId(snapshot)) failures.push(`${where}: ${view.nodeId} in plaats van ${currentNodeId(snapshot)}`);
				if (JSON.stringify(view.totals) !== JSON.stringify(snapshot.context.totals)) failures.push(`${where}: andere totalen`);
				if (view.path.some((p) => !p.chosen.feedback || !p.chosen.source)) failures.push(`${where}: feedback of bron ontbreekt`);
				if (view.results.map((r) => r.dimension).join() !== scenario.rubric.join()) failures.push(`${where}: andere dimensies`);
			}
		}
		expect(failures).toEqual([]);
	}, 120_000);
});
