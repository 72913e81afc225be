import { describe, expect, it } from 'vitest';
import { bestAttempt, dimensionsToPractise, meanShare, scenarioToPractise, summariseDimensions, type DimensionSummary } from '$lib/scoring/attempts';
import type { ScenarioAttempt } from '$lib/progress/schema';
import { standingOf } from '$lib/scoring/quality';

const attempt = (day: number, shares: Record<string, number | null>): ScenarioAttempt => ({
	scenarioId: 'intake',
	moduleId: 'relatie',
	finishedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
	endNode: 'einde',
	path: [],
	totals: {},
	shares
});

describe('the best attempt', () => {
	it('is the one with the highest mean share over the scenario’s dimensions', () => {
		const good = attempt(1, { doorvragen: 1, regie: 0.5 });
		const explored = attempt(2, { doorvragen: 0, regie: 0 });
		const middling = attempt(3, { doorvragen: 0.5, regie: 0.5 });
		expect(meanShare(good)).toBe(0.75);
		expect(bestAttempt([good, explored, middling])).toBe(good);
		expect(bestAttempt([explored, middling, good])).toBe(good);
	});

	it('counts dimensions without a share as absent, an attempt without any share below every other, and the later of equals', () => {
		const none = attempt(1, { doorvragen: null });
		const zero = attempt(2, { doorvragen: 0 });
		expect(meanShare(none)).toBeNull();
		expect(bestAttempt([zero, none])).toBe(zero);
		const same = attempt(3, { doorvragen: 0, regie: null });
		expect(bestAttempt([zero, same])).toBe(same);
		expect(bestAttempt([])).toBeUndefined();
	});

	it('is what results per dimension are based on, so exploring never lowers them', () => {
		const byScenario = {
			intake: [attempt(1, { doorvragen: 1, regie: 0.5 }), attempt(2, { doorvragen: 0, regie: 0 })],
			tijd: [attempt(3, { tempo: 0 }), attempt(4, { tempo: 0.6 })]
		};
		expect(summariseDimensions(byScenario, ['doorvragen', 'regie', 'tempo', 'respect'])).toEqual([
			{ dimension: 'doorvragen', share: 1, scenarios: 1, standing: 'sterk' },
			{ dimension: 'regie', share: 0.5, scenarios: 1, standing: 'op-weg' },
			{ dimension: 'tempo', share: 0.6, scenarios: 1, standing: 'op-weg' }
		]);
	});
});

describe('what to practise', () => {
	const summary = (dimension: string, share: number): DimensionSummary => ({
		dimension,
		share,
		scenarios: 1,
		standing: standingOf(share)
	});

	it('is at most three dimensions not yet "sterk", lowest first, in rubric order among equals', () => {
		const all = [summary('doorvragen', 0.9), summary('tempo', 0.4), summary('regie', 0.6), summary('respect', 0), summary('veiligheid', 0.4), summary('maatwerk', 0.1)];
		expect(dimensionsToPractise(all).map((d) => d.dimension)).toEqual(['respect', 'maatwerk', 'tempo']);
		expect(dimensionsToPractise([summary('regie', 0.6), summary('tempo', 0.74)]).map((d) => d.dimension)).toEqual(['regie', 'tempo']);
		expect(dimensionsToPractise([summary('regie', 0.75), summary('tempo', 1)])).toEqual([]);
	});

	it('is trained in the played scenario whose best attempt scores the dimension lowest', () => {
		const byScenario = {
			intake: [attempt(1, { regie: 0.5, doorvragen: 1 }), attempt(2, { regie: 0, doorvragen: 0 })],
			tijd: [attempt(3, { regie: 0.25, tempo: 1 })],
			klik: [attempt(4, { regie: 0.25 })]
		};
		expect(scenarioToPractise(byScenario, 'regie')).toBe('tijd');
		expect(scenarioToPractise(byScenario, 'doorvragen')).toBe('intake');
		expect(scenarioToPractise(byScenario, 'respect')).toBeUndefined();
	});
});
