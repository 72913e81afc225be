import { describe, expect, it } from 'vitest';
import { analyseAll, analyseScenario } from '$lib/scenario/analyse';
import { choiceStep, replyStep } from '$lib/scenario/steps';
import type { ScenarioChoice, ScenarioDefinition, ScenarioNode } from '$lib/scenario/types';
import { validFixture } from './fixtures';

/** A scenario written as data, for cases validation would refuse before analysis runs. */
function definition(start: string, nodes: Omit<ScenarioNode, 'text'>[], rubric = ['doorvragen'], flags: string[] = []): ScenarioDefinition {
	return {
		id: 'test',
		moduleId: 'test',
		file: 'test.yaml',
		title: 'Test',
		summary: 'Test',
		client: 'Sanne',
		feedback: 'immediate',
		rubric,
		trust: 0,
		flags,
		start,
		nodes: Object.fromEntries(nodes.map((node) => [node.id, { text: node.id, ...node }])),
		nodeOrder: nodes.map((node) => node.id)
	};
}

function choice(next: string, extra: Partial<ScenarioChoice> = {}): ScenarioChoice {
	return { label: next, score: {}, trust: 0, feedback: 'f', source: 's', next, ...extra };
}

describe('analyseScenario', () => {
	it('finds the best and worst total per dimension, each on its own', () => {
		const analysis = analyseScenario(validFixture('valid'));
		expect(analysis).toMatchObject({
			best: { doorvragen: 3, regie: 3, tempo: 2 },
			worst: { doorvragen: -1, regie: -2, tempo: -3 },
			endings: ['disclosure', 'next-time', 'closed'],
			unreachableEndings: [],
			stuck: [],
			neverOffered: [],
			unvisited: [],
			complete: true
		});
		// No single path reaches all three bests: doorvragen 3 and regie 3 are on different paths.
		expect(analysis.statesExplored).toBeGreaterThan(0);
	});

	it('applies conditions: an ending behind a condition that never holds is unreachable', () => {
		const analysis = analyseScenario(
			definition('a', [
				{ id: 'a', choices: [choice('b', { score: { doorvragen: 1 } })] },
				{ id: 'b', next: [{ if: 'doorvragen >= 2', to: 'hidden' }, { to: 'end' }] },
				{ id: 'hidden', end: true },
				{ id: 'end', end: true }
			])
		);
		expect(analysis.endings).toEqual(['end']);
		expect(analysis.unreachableEndings).toEqual(['hidden']);
		expect(analysis.unvisited).toEqual(['hidden']);
	});

	it('tells states apart by their flags: a flag alone can lead to another ending', () => {
		const analysis = analyseScenario(
			definition(
				'a',
				[
					{ id: 'a', choices: [choice('b'), choice('b', { sets: ['belofte'] })] },
					{ id: 'b', choices: [choice('c', { score: { doorvragen: 1 } })] },
					{ id: 'c', next: [{ if: 'belofte == 1', to: 'teleurgesteld' }, { to: 'samen' }] },
					{ id: 'samen', end: true },
					{ id: 'teleurgesteld', end: true }
				],
				['doorvragen'],
				['belofte']
			)
		);
		expect(analysis.endings).toEqual(['samen', 'teleurgesteld']);
		expect(analysis.unmetRequirements).toEqual([]);
	});

	it("lists each distinct state that arrives at an ending against its requires, shortest path first", () => {
		const analysis = analyseScenario(
			definition(
				'a',
				[
					{
						id: 'a',
						choices: [choice('b'), choice('b', { sets: ['belofte'] }), choice('b', { sets: ['belofte'], trust: 1 })]
					},
					{ id: 'b', choices: [choice('samen', { score: { doorvragen: 1 } }), choice('c')] },
					{ id: 'c', choices: [choice('samen')] },
					{ id: 'samen', end: true, requires: 'belofte == 0' }
				],
				['doorvragen'],
				['belofte']
			)
		);
		const arrival = (choices: number[], trust: number, doorvragen: number) => ({
			nodeId: 'samen',
			path: choices.length === 2 ? ['a', 'b', 'samen'] : ['a', 'b', 'c', 'samen'],
			steps: choices.map(choiceStep),
			trust,
			totals: { doorvragen },
			flags: { belofte: true }
		});
		expect(analysis.unmetRequirements).toEqual([
			{
				nodeId: 'samen',
				// Four distinct states (trust 0 or 1, doorvragen 1 or 0), each by its shortest path.
				paths: [arrival([1, 0], 0, 1), arrival([2, 0], 1, 1), arrival([1, 1, 0], 0, 0), arrival([2, 1, 0], 1, 0)]
			}
		]);
	});

	it('reports each node where a real path finds no choice, with the shortest example', () => {
		const analysis = analyseScenario(
			definition('a', [
				{
					id: 'a',
					choices: [choice('b', { trust: 1, score: { doorvragen: 1 } }), choice('b', { trust: -2 })]
				},
				{ id: 'b', choices: [choice('c', { if: 'trust >= 0' })] },
				{ id: 'c', choices: [choice('end', { if: 'doorvragen >= 1' })] },
				{ id: 'end', end: true }
			])
		);
		expect(analysis.stuck).toEqual([
			{ nodeId: 'b', path: ['a', 'b'], steps: [{ choiceIndex: 1 }], trust: -2, totals: { doorvragen: 0 }, flags: {} }
		]);
		expect(analysis.endings).toEqual(['end']);
	});

	it('lists choices never offered on a real path', () => {
		const analysis = analyseScenario(
			definition('a', [
				{ id: 'a', choices: [choice('end', { score: { doorvragen: 1 } }), choice('end', { if: 'trust > 0' })] },
				{ id: 'end', end: true }
			])
		);
		expect(analysis.neverOffered).toEqual([{ nodeId: 'a', choiceIndex: 1 }]);
	});

	it('explores every rule of a free reply as a branch: totals and endings only a free reply reaches count', () => {
		const scenario = validFixture('respond');
		const analysis = analyseScenario(scenario);
		expect(analysis).toMatchObject({
			best: { doorvragen: 2, regie: 2, eerlijkheid: 2 },
			worst: { doorvragen: 0, regie: 0, eerlijkheid: -3 },
			endings: ['open', 'teleurgesteld', 'dicht'],
			unmetRequirements: [],
			complete: true
		});
		// The same scenario with its prepared choices only: lower bests, and "open" out of reach.
		const withoutReplies = {
			...scenario,
			nodes: Object.fromEntries(Object.entries(scenario.nodes).map(([id, { respond: _, ...node }]) => [id, node]))
		};
		expect(analyseScenario(withoutReplies)).toMatchObject({
			best: { doorvragen: 1, regie: 1, eerlijkheid: 1 },
			worst: { doorvragen: 0, regie: 1, eerlijkheid: -1 },
			unreachableEndings: ['open']
		});
	});

	it('gives the shortest example path with the free reply that took it', () => {
		const analysis = analyseScenario(
			definition(
				'a',
				[
					{
						id: 'a',
						choices: [choice('b')],
						respond: {
							prompt: 'p',
							strong: 's',
							rules: [
								{ moves: ['belofte'], sets: ['belofte'], score: {}, trust: 0, feedback: 'f', source: 's', next: 'b' },
								{ score: { doorvragen: 1 }, trust: 0, feedback: 'f', source: 's', next: 'b' }
							]
						}
					},
					{ id: 'b', choices: [choice('samen')] },
					{ id: 'samen', end: true, requires: 'belofte == 0' }
				],
				['doorvragen'],
				['belofte']
			)
		);
		expect(analysis.unmetRequirements).toEqual([
			{
				nodeId: 'samen',
				paths: [{ nodeId: 'samen', path: ['a', 'b', 'samen'], steps: [replyStep(0), choiceStep(0)], trust: 0, totals: { doorvragen: 0 }, flags: { belofte: true } }]
			}
		]);
	});

	it('finds a node stuck where no choice is offered, even when it takes a free reply (which never stands in for the choices)', () => {
		const analysis = analyseScenario(
			definition('a', [
				{
					id: 'a',
					choices: [choice('end', { if: 'trust > 0' })],
					respond: { prompt: 'p', strong: 's', rules: [{ score: { doorvragen: 1 }, trust: 0, feedback: 'f', source: 's', next: 'end' }] }
				},
				{ id: 'end', end: true }
			])
		);
		expect(analysis.stuck).toEqual([{ nodeId: 'a', path: ['a'], steps: [], trust: 0, totals: { doorvragen: 0 }, flags: {} }]);
		expect(analysis.endings).toEqual([]);
	});

	it('explores a loop that changes nothing once (states are deduplicated)', () => {
		const analysis = analyseScenario(validFixture('trust-loop'));
		expect(analysis.complete).toBe(true);
		// praten at trust -5..5 (tempo 0), and endings with their totals.
		expect(analysis.statesExplored).toBeLessThan(30);
		expect(analysis.best).toEqual({ tempo: 2 });
		expect(analysis.worst).toEqual({ tempo: 1 });
		expect(analysis.endings).toEqual(['hoog', 'laag', 'midden']);
	});

	it('bounds a loop that keeps scoring, and says which bound cut the exploration short', () => {
		const scenario = definition('opening', [
			{ id: 'opening', choices: [choice('opening', { score: { doorvragen: 1 } }), choice('einde')] },
			{ id: 'einde', end: true }
		]);
		const byChoices = analyseScenario(scenario, { maxChoices: 10 });
		expect(byChoices.complete).toBe(false);
		expect(byChoices.stoppedBy).toEqual({ states: false, choices: true });
		// Nine times round the loop, then "Rond af": the tenth and last choice allowed.
		expect(byChoices.best).toEqual({ doorvragen: 9 });

		const byStates = analyseScenario(scenario, { maxStates: 5 });
		expect(byStates.complete).toBe(false);
		expect(byStates.stoppedBy).toEqual({ states: true, choices: false });
		expect(byStates.statesExplored).toBe(5);

		expect(analyseScenario(validFixture('valid')).stoppedBy).toEqual({ states: false, choices: false });
	});
});

describe('analyseScenario: decisions from the start to an ending', () => {
	it('counts the fewest and the most choices over the real paths', () => {
		// opening → pace → disclosure takes two; opening → pace → guarded → closing takes three.
		expect(analyseScenario(validFixture('valid')).decisions).toEqual({ fewest: 2, most: 3 });
		expect(analyseScenario(validFixture('small')).decisions).toEqual({ fewest: 1, most: 1 });
	});

	it('counts the longer of two ways that merge into one state, and never a way that is not offered', () => {
		// Straight on and the detour arrive at "punt" with the same values: one state, reached
		// first by the short way. The longest way is behind a condition that cannot hold.
		const analysis = analyseScenario(validFixture('lengths'));
		expect(analysis.decisions).toEqual({ fewest: 2, most: 3 });
		expect(analysis.unvisited).toEqual(['lang_1', 'lang_2']);
	});

	it('has no most when a loop lets a path go round without end', () => {
		// At trust 5, "Luister" comes back to the same state: a group could go on for ever.
		expect(analyseScenario(validFixture('trust-loop')).decisions).toEqual({ fewest: 1, most: null });
	});

	it('has no most when the walk was cut short, since the longest is then not known', () => {
		// A circle that keeps adding points: the walk stops at its bound.
		const circle = definition('opening', [
			{ id: 'opening', choices: [choice('opening', { score: { doorvragen: 1 } }), choice('einde')] },
			{ id: 'einde', end: true }
		]);
		const analysis = analyseScenario(circle, { maxChoices: 10 });
		expect(analysis.complete).toBe(false);
		expect(analysis.decisions).toEqual({ fewest: 1, most: null });
	});

	it('counts none for a scenario that ends before its first decision', () => {
		const analysis = analyseScenario(definition('a', [{ id: 'a', end: true }]));
		expect(analysis.decisions).toEqual({ fewest: 0, most: 0 });
	});
});

describe('analyseAll', () => {
	it('returns figures without timings, one row per scenario', () => {
		const figures = analyseAll([validFixture('valid'), validFixture('trust-loop')]);
		expect(figures).toEqual([
			expect.objectContaining({ scenarioId: 'valid', moduleId: 'test', nodes: 8, endings: 3, stuck: 0, complete: true }),
			expect.objectContaining({ scenarioId: 'trust-loop', moduleId: 'test', nodes: 5, endings: 3, stuck: 0, complete: true })
		]);
		expect(Object.keys(figures[0]!).sort()).toEqual(
			['complete', 'endings', 'moduleId', 'nodes', 'scenarioId', 'statesExplored', 'stuck'].sort()
		);
	});
});
