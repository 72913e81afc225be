import { describe, expect, it } from 'vitest';
import { currentNodeId } from '$lib/scenario/machine';
import { replayChoices } from '$lib/scenario/replay';
import {
	atEnd,
	canGoForward,
	choicesMade,
	choose,
	goBack,
	goForward,
	isFinished,
	reveal,
	revealAll,
	setCount,
	startSession
} from '$lib/training/session';
import type { TrainingSession } from '$lib/training/types';
import { deriveView } from '$lib/training/view';
import type { ScenarioData } from '$lib/scenario/types';
import { validFixture } from '../scenario/fixtures';
import { choicesOf, enumeratePaths, play } from '../scenario/play';

const valid = validFixture('valid');
const loop = validFixture('trust-loop');

/** Choose (by index as authored) and go on, for each index in turn. */
function walk(scenario: ScenarioData, choices: number[], session = startSession(scenario)): TrainingSession {
	for (const index of choices) session = goForward(scenario, choose(scenario, session, index));
	return session;
}

function decision(scenario: ScenarioData, session: TrainingSession) {
	const view = deriveView(scenario, session);
	if (view.kind !== 'decision') throw new Error(`verwacht een beslissing, kreeg ${view.kind}`);
	return view;
}

function ending(scenario: ScenarioData, session: TrainingSession) {
	const view = deriveView(scenario, session);
	if (view.kind !== 'end') throw new Error(`verwacht het einde, kreeg ${view.kind}`);
	return view;
}

describe('startSession', () => {
	it('opens at the first decision, nothing chosen, nothing to go back or forward to', () => {
		const session = startSession(valid);
		expect(session).toEqual({ scenarioId: 'valid', steps: [{ choice: null, counts: {}, revealed: false }], position: 0 });
		const view = decision(valid, session);
		expect(view).toMatchObject({
			number: 1,
			nodeId: 'opening',
			texts: [valid.nodes.opening!.text],
			discuss: 'Wat merk je bij jezelf op als iemand zo binnenkomt?',
			chosen: null,
			revealed: false,
			votes: null,
			latest: true,
			canGoBack: false,
			canGoForward: false,
			finished: false
		});
		expect(view.said).toBeUndefined();
		expect(view.choices).toEqual([
			{ number: 1, index: 0, label: 'Fijn dat je er bent. Wat maakt dat je nu hulp zoekt?' },
			{ number: 2, index: 1, label: 'Uit de verwijsbrief begrijp ik dat je depressief bent.' }
		]);
	});

	it('leaves out the discussion prompt where the author wrote none', () => {
		const view = decision(valid, walk(valid, [1]));
		expect(view.nodeId).toBe('guarded');
		expect(view).not.toHaveProperty('discuss');
	});
});

describe('choose', () => {
	it('records the group choice at the decision on screen, with its feedback still hidden', () => {
		const session = choose(valid, startSession(valid), 1);
		expect(session.steps).toEqual([{ choice: 1, counts: {}, revealed: false }]);
		expect(session.position).toBe(0);
		const view = decision(valid, session);
		expect(view.chosen).toEqual({
			number: 2,
			index: 1,
			label: 'Uit de verwijsbrief begrijp ik dat je depressief bent.',
			feedback: 'Je vult haar verhaal in voordat zij het kon vertellen.',
			source: 'aanbeveling 7e: vul het verhaal niet zelf in',
			quality: 'niet-helpend'
		});
		expect(view.revealed).toBe(false);
		expect(view.canGoForward).toBe(true);
	});

	it('ignores choices that are not offered here, and choosing the same again', () => {
		const start = startSession(loop);
		expect(decision(loop, start).choices.map((c) => c.index)).toEqual([0, 1, 2]);
		expect(choose(loop, start, 3)).toBe(start); // "Vraag naar vroeger" needs trust >= 3
		expect(choose(loop, start, 4)).toBe(start);
		expect(choose(loop, start, -1)).toBe(start);
		const chosen = choose(loop, start, 0);
		expect(choose(loop, chosen, 0)).toBe(chosen);
	});

	it('offers a conditional choice once the machine says it holds, numbered in the order offered', () => {
		const session = walk(loop, [0]); // Luister: trust 3, back to the same node
		const view = decision(loop, session);
		expect(view.nodeId).toBe('praten');
		expect(view.number).toBe(2);
		expect(view.texts).toEqual(['Sanne praat.']);
		expect(view.choices.map((c) => [c.number, c.index])).toEqual([
			[1, 0],
			[2, 1],
			[3, 2],
			[4, 3]
		]);
	});

	it('changing the choice hides the feedback again', () => {
		const shown = reveal(choose(valid, startSession(valid), 0));
		expect(shown.steps[0]!.revealed).toBe(true);
		const changed = choose(valid, shown, 1);
		expect(changed.steps[0]).toEqual({ choice: 1, counts: {}, revealed: false });
	});

	it('does nothing at the ending', () => {
		const end = walk(valid, [0, 0]);
		expect(atEnd(end)).toBe(true);
		expect(choose(valid, end, 0)).toBe(end);
	});
});

describe('reveal', () => {
	it('shows the feedback only once the group has chosen', () => {
		const start = startSession(valid);
		expect(reveal(start)).toBe(start);
		const chosen = choose(valid, start, 0);
		const shown = reveal(chosen);
		expect(shown.steps[0]!.revealed).toBe(true);
		expect(decision(valid, shown).revealed).toBe(true);
		expect(reveal(shown)).toBe(shown);
	});
});

describe('revealAll', () => {
	it("shows every offered answer's feedback, quality and source, once the group's own feedback is shown", () => {
		const start = startSession(valid);
		expect(revealAll(start)).toBe(start);
		const chosen = choose(valid, start, 1);
		expect(revealAll(chosen)).toBe(chosen);
		expect(decision(valid, chosen).alternatives).toBeNull();

		const shown = reveal(chosen);
		expect(decision(valid, shown).alternatives).toBeNull();
		const all = revealAll(shown);
		expect(all.steps[0]).toEqual({ choice: 1, counts: {}, revealed: true, allRevealed: true });
		expect(revealAll(all)).toBe(all);
		const [first, second] = valid.nodes.opening!.choices!;
		expect(decision(valid, all).alternatives).toEqual([
			{ number: 1, index: 0, label: first!.label, feedback: first!.feedback, source: first!.source, quality: 'helpend', chosen: false },
			{ number: 2, index: 1, label: second!.label, feedback: second!.feedback, source: second!.source, quality: 'niet-helpend', chosen: true }
		]);
	});

	it('lists only the answers offered here, numbered as on screen', () => {
		// pace after opening 1 (trust 3, doorvragen 2): the conditional third answer is offered.
		const paced = revealAll(reveal(choose(valid, walk(valid, [0]), 2)));
		expect(decision(valid, paced).alternatives?.map((a) => [a.number, a.index, a.chosen])).toEqual([
			[1, 0, false],
			[2, 1, false],
			[3, 2, true]
		]);
		// At the start of the loop (trust 0) "Vraag naar vroeger" is not offered, so not shown.
		const locked = revealAll(reveal(choose(loop, startSession(loop), 2)));
		expect(decision(loop, locked).alternatives?.map((a) => a.index)).toEqual([0, 1, 2]);
	});

	it('hides all feedback again when the group changes its answer, and stays shown when going back and forth', () => {
		const all = revealAll(reveal(choose(valid, startSession(valid), 0)));
		expect(choose(valid, all, 1).steps[0]).toEqual({ choice: 1, counts: {}, revealed: false });
		const there = goBack(goForward(valid, all));
		expect(decision(valid, there).alternatives).toHaveLength(2);
	});
});

describe('going on', () => {
	it('shows the automatic narration since the previous decision and what the group said', () => {
		const session = walk(valid, [0]);
		expect(session.position).toBe(1);
		expect(session.steps).toHaveLength(2);
		const view = decision(valid, session);
		expect(view.nodeId).toBe('pace');
		expect(view.said).toBe('Fijn dat je er bent. Wat maakt dat je nu hulp zoekt?');
		expect(view.texts).toEqual([valid.nodes.family!.text, valid.nodes.pace!.text]);
		// trust 3 and doorvragen 2: the conditional third choice is offered, as in the player
		expect(view.choices.map((c) => c.index)).toEqual([0, 1, 2]);
		expect(view.canGoBack).toBe(true);
		expect(view.canGoForward).toBe(false);
	});

	it('needs a choice first', () => {
		const start = startSession(valid);
		expect(canGoForward(start)).toBe(false);
		expect(goForward(valid, start)).toBe(start);
	});

	it('does not need the feedback to have been shown', () => {
		const next = goForward(valid, choose(valid, startSession(valid), 1));
		expect(next.position).toBe(1);
		expect(next.steps[0]!.revealed).toBe(false);
	});
});

describe('going back and forth', () => {
	const counted = setCount(valid, choose(valid, startSession(valid), 0), 1, 4);
	const twoDeep = choose(valid, goForward(valid, reveal(counted)), 0);

	it('shows an earlier decision as it was: the group choice, its counts and the revealed feedback', () => {
		const back = goBack(twoDeep);
		expect(back.steps).toBe(twoDeep.steps);
		expect(back.position).toBe(0);
		const view = decision(valid, back);
		expect(view.nodeId).toBe('opening');
		expect(view.chosen?.index).toBe(0);
		expect(view.revealed).toBe(true);
		expect(view.counts).toEqual({ 1: 4 });
		expect(view.latest).toBe(false);
		expect(view.canGoBack).toBe(false);
		expect(view.canGoForward).toBe(true);
		expect(goBack(back)).toBe(back);
	});

	it('moves forward through decisions already taken without changing them', () => {
		const again = goForward(valid, goBack(twoDeep));
		expect(again).toEqual(twoDeep);
		expect(decision(valid, again).chosen?.index).toBe(0);
	});

	it('choosing the same answer again keeps the later steps', () => {
		const back = goBack(twoDeep);
		expect(choose(valid, back, 0)).toBe(back);
	});

	it('choosing differently discards the later steps and leads down the other branch', () => {
		const changed = choose(valid, goBack(twoDeep), 1);
		expect(changed.steps).toEqual([{ choice: 1, counts: { 1: 4 }, revealed: false }]);
		expect(changed.position).toBe(0);
		const view = decision(valid, changed);
		expect(view.latest).toBe(true);
		const next = decision(valid, goForward(valid, changed));
		expect(next.nodeId).toBe('guarded');
		expect(next.texts).toEqual([valid.nodes.family!.text, valid.nodes.guarded!.text]);
		expect(next.chosen).toBeNull();
	});
});

describe('finishing', () => {
	it('ends with the outcome, the group path with feedback and source, and the result per dimension', () => {
		expect(isFinished(valid, walk(valid, [0]))).toBe(false);
		const chosen = choose(valid, walk(valid, [0]), 0);
		// The last choice leads to an ending: finished, though the ending is not on screen yet.
		expect(isFinished(valid, chosen)).toBe(true);
		expect(decision(valid, chosen).finished).toBe(true);
		const end = goForward(valid, chosen);
		expect(end.position).toBe(2);
		expect(atEnd(end)).toBe(true);
		expect(isFinished(valid, end)).toBe(true);
		const view = ending(valid, end);
		const player = play(valid, [0, 0]).getSnapshot();
		expect(view.nodeId).toBe(currentNodeId(player));
		expect(view.nodeId).toBe('disclosure');
		expect(view.outcome).toBe('open');
		expect(view.texts).toEqual([valid.nodes.disclosure!.text]);
		expect(view.said).toBe('We hebben nog tijd. Vertel in je eigen tempo.');
		expect(view.totals).toEqual(player.context.totals);
		expect(view.results.map((r) => [r.total, r.best, r.text])).toEqual([
			[2, 3, '67 % van het best haalbare · op weg'],
			[1, 3, '33 % van het best haalbare · nog oefenen'],
			[2, 2, '100 % van het best haalbare · sterk']
		]);
		expect(view.path).toEqual([
			{
				number: 1,
				nodeId: 'opening',
				chosen: expect.objectContaining({ number: 1, index: 0, feedback: 'Een open vraag laat Sanne zelf kiezen waar ze begint.', source: '§6; aanbeveling 7e' }),
				votes: null
			},
			{
				number: 2,
				nodeId: 'pace',
				chosen: expect.objectContaining({ number: 1, index: 0, source: 'aanbeveling 8a' }),
				votes: null
			}
		]);
		expect(view.canGoBack).toBe(true);
	});

	it('shows automatic narration before an ending, and an ending without outcome', () => {
		const view = ending(valid, walk(valid, [1, 1]));
		expect(view.nodeId).toBe('closed');
		expect(view.texts).toEqual([valid.nodes.closing!.text, valid.nodes.closed!.text]);
		expect(view.outcome).toBe('dicht');
		const loopEnd = ending(loop, walk(loop, [2]));
		expect(loopEnd.nodeId).toBe('midden');
		expect(loopEnd).not.toHaveProperty('outcome');
	});

	it('can go back from the ending to look, and forward again to the ending', () => {
		const end = walk(valid, [0, 0]);
		expect(canGoForward(end)).toBe(false);
		expect(goForward(valid, end)).toBe(end);
		const back = goBack(end);
		const view = decision(valid, back);
		expect(view.number).toBe(2);
		expect(view.latest).toBe(true);
		expect(view.finished).toBe(true);
		expect(isFinished(valid, back)).toBe(true);
		expect(goForward(valid, back)).toEqual(end);
	});

	it('choosing differently after finishing takes the ending away', () => {
		const changed = choose(valid, goBack(goBack(walk(valid, [0, 0]))), 1);
		expect(isFinished(valid, changed)).toBe(false);
		expect(decision(valid, changed).finished).toBe(false);
	});

	it('a scenario that loops back to the same node counts every visit as a decision', () => {
		const session = walk(loop, [0, 1, 0, 3]);
		const view = ending(loop, session);
		expect(view.path.map((p) => [p.nodeId, p.chosen.index])).toEqual([
			['praten', 0],
			['praten', 1],
			['praten', 0],
			['praten', 3]
		]);
		expect(view.totals).toEqual(play(loop, [0, 1, 0, 3]).getSnapshot().context.totals);
	});
});

describe('setCount', () => {
	const chosen = choose(valid, startSession(valid), 0);

	it('keeps whole counts from 0 for offered choices, and sums them up for the chart', () => {
		const session = setCount(valid, setCount(valid, chosen, 0, 6), 1, 2);
		expect(session.steps[0]!.counts).toEqual({ 0: 6, 1: 2 });
		expect(decision(valid, session).votes).toEqual({
			total: 8,
			rows: [
				{ number: 1, label: valid.nodes.opening!.choices![0]!.label, count: 6, share: 0.75 },
				{ number: 2, label: valid.nodes.opening!.choices![1]!.label, count: 2, share: 0.25 }
			]
		});
	});

	it('counts zero as a count, and null clears it', () => {
		const zero = setCount(valid, chosen, 1, 0);
		expect(decision(valid, zero).votes).toEqual({ total: 0, rows: [expect.objectContaining({ count: 0, share: 0 }), expect.objectContaining({ count: 0, share: 0 })] });
		const cleared = setCount(valid, zero, 1, null);
		expect(cleared.steps[0]!.counts).toEqual({});
		expect(decision(valid, cleared).votes).toBeNull();
		expect(setCount(valid, cleared, 1, null)).toBe(cleared);
	});

	it('refuses counts that are negative, not whole, not numbers, or absurdly high', () => {
		for (const count of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1000]) {
			expect(setCount(valid, chosen, 0, count), String(count)).toBe(chosen);
		}
		expect(setCount(valid, chosen, 0, 999).steps[0]!.counts).toEqual({ 0: 999 });
	});

	it('refuses counts for choices not offered here', () => {
		const start = startSession(loop);
		expect(setCount(loop, start, 3, 2)).toBe(start);
		expect(setCount(loop, start, 7, 2)).toBe(start);
	});

	it('can be entered before the group has chosen, and survives a change of choice', () => {
		const counted = setCount(valid, startSession(valid), 1, 3);
		expect(counted.steps[0]!.counts).toEqual({ 1: 3 });
		const afterChoice = choose(valid, choose(valid, counted, 0), 1);
		expect(afterChoice.steps[0]!.counts).toEqual({ 1: 3 });
	});

	it('shows the counts at the end, per step', () => {
		const withVotes = setCount(valid, chosen, 0, 5);
		const end = ending(valid, goForward(valid, choose(valid, goForward(valid, withVotes), 0)));
		expect(end.path[0]!.votes).toEqual({ total: 5, rows: [expect.objectContaining({ count: 5 }), expect.objectContaining({ count: 0 })] });
		expect(end.path[1]!.votes).toBeNull();
	});

	it('does nothing at the ending', () => {
		const end = walk(valid, [0, 0]);
		expect(setCount(valid, end, 0, 1)).toBe(end);
	});
});

describe('the session model', () => {
	it('is plain data: a JSON copy gives the same view', () => {
		const session = setCount(valid, reveal(choose(valid, walk(valid, [0]), 2)), 2, 7);
		const copy = JSON.parse(JSON.stringify(session)) as TrainingSession;
		expect(deriveView(valid, copy)).toEqual(deriveView(valid, session));
		expect(goForward(valid, copy)).toEqual(goForward(valid, session));
	});

	it('agrees with the player on every path of the scenario', () => {
		for (const scenario of [valid, loop]) {
			for (const { steps, snapshot } of enumeratePaths(scenario, { replies: false }).finished) {
				const choices = choicesOf(steps);
				const end = ending(scenario, walk(scenario, choices));
				expect(end.nodeId).toBe(currentNodeId(snapshot));
				expect(end.totals).toEqual(snapshot.context.totals);
				expect(end.path.map((p) => p.chosen.index)).toEqual(choices);
			}
		}
	});

	it('refuses a broken session rather than showing steps at the wrong node', () => {
		const broken: TrainingSession = { scenarioId: 'valid', steps: [{ choice: 5, counts: {}, revealed: false }, { choice: null, counts: {}, revealed: false }], position: 1 };
		expect(() => deriveView(valid, broken)).toThrow(/keuze 6 wordt bij stap 1 \("opening"\) niet aangeboden/);
	});

	it('lists the choices made, without an open last step', () => {
		expect(choicesMade(startSession(valid))).toEqual([]);
		expect(choicesMade(choose(valid, startSession(valid), 1))).toEqual([1]);
		expect(choicesMade(walk(valid, [0]))).toEqual([0]);
		expect(choicesMade(walk(valid, [0, 0]))).toEqual([0, 0]);
	});
});

describe('replayChoices', () => {
	it('gives one point before the choices and one after each, as the machine moves', () => {
		const points = replayChoices(valid, [1, 0]);
		expect(points.map((p) => [p.nodeId, p.done, p.offered])).toEqual([
			['opening', false, [0, 1]],
			['guarded', false, [0, 1]],
			['next-time', true, []]
		]);
	});
});
