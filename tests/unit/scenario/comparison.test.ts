import { describe, expect, it } from 'vitest';
import { compareWithStrongest } from '$lib/scenario/comparison';
import type { ScenarioData } from '$lib/scenario/types';
import { validFixture } from './fixtures';
import { play } from './play';

/** The path a play-through records, as the player hands it to the end screen. */
function pathOf(scenario: ScenarioData, choices: number[]) {
	return play(scenario, choices).getSnapshot().context.path;
}

describe('the end of a play-through next to the strongest choices', () => {
	const scenario = validFixture('valid');

	it('names the quality of every choice made, and the stronger choice where there was one', () => {
		// opening: the poorer of two; guarded: the poorer of two (it asks on, at the cost of pace).
		const steps = compareWithStrongest(scenario, pathOf(scenario, [1, 1]));
		expect(steps.map((s) => [s.nodeId, s.chosen.index, s.chosen.quality, s.strongest?.index, s.strongest?.quality])).toEqual([
			['opening', 1, 'niet-helpend', 0, 'helpend'],
			['guarded', 1, 'deels-helpend', 0, 'helpend']
		]);
		const opening = scenario.nodes.opening!.choices![0]!;
		expect(steps[0]!.strongest).toMatchObject({ label: opening.label, feedback: opening.feedback, source: opening.source });
		expect(steps[0]!.chosen).toMatchObject({ label: scenario.nodes.opening!.choices![1]!.label });
	});

	it('adds nothing where the learner made the strongest choice, or one just as strong', () => {
		const best = compareWithStrongest(scenario, pathOf(scenario, [0, 0]));
		expect(best.map((s) => [s.chosen.quality, s.strongest])).toEqual([
			['helpend', undefined],
			['helpend', undefined]
		]);
		// At "pace", choice 2 scores as many points as choice 0, with less trust: 0 is stronger.
		const close = compareWithStrongest(scenario, pathOf(scenario, [0, 2]));
		expect(close[1]!.chosen.quality).toBe('helpend');
		expect(close[1]!.strongest?.index).toBe(0);
	});

	it('only holds up a choice that was offered at that moment', () => {
		const changed = structuredClone(scenario);
		const hidden = changed.nodes.pace!.choices![2]!;
		hidden.if = 'trust >= 5';
		hidden.score = { doorvragen: 3, tempo: 3 };
		const steps = compareWithStrongest(changed, pathOf(changed, [0, 1]));
		expect(steps[1]!.strongest?.index).toBe(0);
	});
});

describe('a free reply at the end', () => {
	const scenario = validFixture('respond');

	it('shows the learner\'s own words where the path carries them, and the rule\'s label either way', () => {
		const path = play(scenario, [{ ruleIndex: 1 }]).getSnapshot().context.path;
		const [withWords] = compareWithStrongest(scenario, path.map((step) => ({ ...step, replyText: 'Het komt goed.' })));
		expect(withWords!.chosen).toMatchObject({ replyText: 'Het komt goed.', label: path[0]!.label, quality: 'niet-helpend' });
		expect(withWords!.strongest?.index).toBe(0);
		const [without] = compareWithStrongest(scenario, path);
		expect(without!.chosen.replyText).toBeUndefined();
		expect(without!.chosen.label).toBe(path[0]!.label);
	});
});
