import { describe, expect, it } from 'vitest';
import { currentNodeId } from '$lib/scenario/machine';
import { checkRun } from '$lib/scenario/resume';
import { replay } from '$lib/scenario/replay';
import { choiceStep, refOf, replyStep } from '$lib/scenario/steps';
import { transcript } from '$lib/scenario/transcript';
import { describeRun } from '$lib/scenario/run-summary';
import type { ScenarioData } from '$lib/scenario/types';
import { validFixture } from './fixtures';
import { enumeratePaths, play, type TestStep } from './play';

const scenario = validFixture('valid');

/** The run the scenario page saves after these steps. */
function runAfter(steps: TestStep[], played = scenario) {
	const actor = play(played, steps);
	const { path } = actor.getSnapshot().context;
	return { steps: path.map((step) => ({ nodeId: step.nodeId, ...refOf(step) })), at: currentNodeId(actor.getSnapshot()) };
}

/**
 * Saves and resumes the conversation at every point before the end of every path, as someone
 * could leave it; each must come back at the same node with the same context and steps. Returns
 * how many were checked.
 */
function resumeEveryUnfinishedPath(played: ScenarioData): number {
	let checked = 0;
	for (const { steps } of enumeratePaths(played).finished) {
		for (let n = 1; n < steps.length; n++) {
			const prefix = steps.slice(0, n);
			const check = checkRun(played, runAfter(prefix, played));
			expect(check.ok, JSON.stringify(prefix)).toBe(true);
			if (!check.ok) continue;
			const original = play(played, prefix).getSnapshot();
			const resumed = check.points.at(-1)!.snapshot;
			expect(currentNodeId(resumed)).toBe(currentNodeId(original));
			expect(resumed.context).toEqual(original.context);
			expect(check.steps).toEqual(prefix);
			checked++;
		}
	}
	return checked;
}

describe('resuming a saved conversation', () => {
	it('replays every unfinished path to exactly the same node, trust, totals and path', () => {
		expect(resumeEveryUnfinishedPath(scenario)).toBeGreaterThan(3);
	});

	it('refuses a conversation that no longer plays in a changed scenario', () => {
		const run = runAfter([0]); // opening, choice 1 → family → pace (trust 3)
		expect(checkRun(scenario, run).ok).toBe(true);
		// The choice no longer exists.
		const fewerChoices: ScenarioData = {
			...scenario,
			nodes: { ...scenario.nodes, opening: { ...scenario.nodes.opening!, choices: [scenario.nodes.opening!.choices![1]!] } }
		};
		expect(checkRun(fewerChoices, run)).toEqual({ ok: false });
		// The choice now leads elsewhere.
		expect(checkRun(scenario, { ...run, at: 'guarded' })).toEqual({ ok: false });
		// The choice was made at another node.
		expect(checkRun(scenario, { ...run, steps: [{ nodeId: 'guarded', choiceIndex: 0 }] })).toEqual({ ok: false });
		// A choice index that was never there.
		expect(checkRun(scenario, { ...run, steps: [{ nodeId: 'opening', choiceIndex: 7 }] })).toEqual({ ok: false });
	});

	it('refuses a saved conversation that would now be finished', () => {
		const { finished } = enumeratePaths(scenario);
		const whole = finished.find((p) => p.snapshot.status === 'done')!;
		const run = runAfter(whole.steps);
		expect(checkRun(scenario, run)).toEqual({ ok: false });
	});

	it('says where the learner was: the step and the latest text', () => {
		const run = runAfter([0]);
		expect(describeRun(scenario, run)).toEqual({ step: 2, lastText: 'Ze kijkt naar de klok. "Is de tijd al om?"' });
		expect(describeRun(scenario, { ...run, at: 'verdwenen' })).toEqual({ step: 2 });
	});
});

describe('conversations with free replies', () => {
	const withReplies = validFixture('respond');

	it('resumes every unfinished path, free replies included, to exactly the same context', () => {
		// Two choices and four rules at the opening, then a choice and two rules: eighteen paths,
		// each left after its first step.
		expect(resumeEveryUnfinishedPath(withReplies)).toBe(18);
	});

	it('refuses a saved free reply whose rule is gone, or whose node no longer takes one', () => {
		const run = runAfter([replyStep(3)], withReplies);
		expect(run.steps).toEqual([{ nodeId: 'opening', ruleIndex: 3 }]);
		expect(checkRun(withReplies, run).ok).toBe(true);
		const opening = withReplies.nodes.opening!;
		const fewerRules: ScenarioData = {
			...withReplies,
			nodes: { ...withReplies.nodes, opening: { ...opening, respond: { ...opening.respond!, rules: opening.respond!.rules.slice(2) } } }
		};
		expect(checkRun(fewerRules, run)).toEqual({ ok: false });
		const { respond: _, ...choicesOnly } = opening;
		expect(checkRun({ ...withReplies, nodes: { ...withReplies.nodes, opening: choicesOnly } }, run)).toEqual({ ok: false });
	});

	it('replays free replies and choices as the player takes them, and refuses a rule that is not there', () => {
		const points = replay(withReplies, [replyStep(0), choiceStep(0)]);
		expect(points.map((p) => [p.nodeId, p.done])).toEqual([
			['opening', false],
			['tijd', false],
			['open', true]
		]);
		expect(() => replay(withReplies, [replyStep(4)])).toThrow(/respond, regel 5 wordt bij stap 1 \("opening"\) niet aangeboden/);
		expect(() => replay(scenario, [replyStep(0)])).toThrow(/respond, regel 1 wordt bij stap 1 \("opening"\) niet aangeboden/);
	});

	it('shows each free reply in the conversation, after the text it answers', () => {
		const { context } = play(withReplies, [replyStep(1), choiceStep(0)]).getSnapshot();
		expect(transcript(withReplies, context).map((turn) => [turn.nodeId, turn.choice?.label])).toEqual([
			['opening', 'Eigen antwoord: belofte'],
			['tijd', 'Nog tien minuten.'],
			['slot', undefined],
			['teleurgesteld', undefined]
		]);
	});
});
