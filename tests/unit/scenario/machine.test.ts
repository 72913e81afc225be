import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { compileConditions } from '$lib/scenario/compile';
import { createScenarioMachine, currentNodeId, offeredChoices } from '$lib/scenario/machine';
import type { ScenarioDefinition } from '$lib/scenario/types';
import { validFixture } from './fixtures';
import { replyStep } from '$lib/scenario/steps';
import { play } from './play';

const LISTEN = 0; // trust +3, back to the same node
const INTERRUPT = 1; // trust -3, back to the same node
const CLOSE = 2; // tempo +1, on to the automatic branch
const ASK = 3; // only when trust >= 3: tempo +2

describe('createScenarioMachine', () => {
	it('starts at the start node with the starting trust and zero totals', () => {
		const snapshot = play(validFixture('valid'), []).getSnapshot();
		expect(currentNodeId(snapshot)).toBe('opening');
		expect(snapshot.status).toBe('active');
		expect(snapshot.context).toEqual({
			trust: 1,
			totals: { doorvragen: 0, regie: 0, tempo: 0 },
			flags: {},
			path: [],
			trail: ['opening']
		});
	});

	it('applies a choice: totals, trust and the path entry', () => {
		const scenario = validFixture('valid');
		const { context } = play(scenario, [0]).getSnapshot();
		expect(context.totals).toEqual({ doorvragen: 2, regie: 1, tempo: 0 });
		expect(context.trust).toBe(3);
		expect(context.path).toEqual([
			{
				nodeId: 'opening',
				choiceIndex: 0,
				label: 'Fijn dat je er bent. Wat maakt dat je nu hulp zoekt?',
				feedback: 'Een open vraag laat Sanne zelf kiezen waar ze begint.',
				source: '§6; aanbeveling 7e',
				score: { doorvragen: 2, regie: 1 },
				trustChange: 2
			}
		]);
	});

	it('branches on trust without an event, recording the automatic node it passed', () => {
		const scenario = validFixture('valid');
		const trusting = play(scenario, [0]).getSnapshot(); // trust 1 + 2 = 3
		expect(currentNodeId(trusting)).toBe('pace');
		expect(trusting.context.trail).toEqual(['opening', 'family', 'pace']);

		const wary = play(scenario, [1]).getSnapshot(); // trust 1 - 1 = 0
		expect(currentNodeId(wary)).toBe('guarded');
		expect(wary.context.trail).toEqual(['opening', 'family', 'guarded']);
	});

	it('sets flags by choice, keeps them set, and lets conditions ask for them', () => {
		const scenario = validFixture('flags');
		const PROMISE = 1;
		expect(play(scenario, []).getSnapshot().context.flags).toEqual({ belofte: false });

		const promised = play(scenario, [PROMISE]).getSnapshot();
		expect(promised.context.flags).toEqual({ belofte: true });
		// The choice guarded by "belofte == 1" is offered only after the promise.
		expect(offeredChoices(scenario, 'vervolg', promised.context)).toEqual([0, 1, 2]);
		expect(offeredChoices(scenario, 'vervolg', play(scenario, [0]).getSnapshot().context)).toEqual([0, 1]);

		// Correcting the promise scores, but the flag stays: the next rule on it still decides.
		const corrected = play(scenario, [PROMISE, 2]).getSnapshot();
		expect(corrected.context.flags).toEqual({ belofte: true });
		expect(currentNodeId(corrected)).toBe('einde_teleurgesteld');
		expect(currentNodeId(play(scenario, [0, 0]).getSnapshot())).toBe('einde_samen');
	});

	it('takes the first rule that holds, the fallback last', () => {
		const scenario = validFixture('trust-loop');
		const end = (choices: number[]) => currentNodeId(play(scenario, choices).getSnapshot());
		expect(end([LISTEN, LISTEN, CLOSE])).toBe('hoog');
		expect(end([INTERRUPT, INTERRUPT, CLOSE])).toBe('laag');
		expect(end([LISTEN, CLOSE])).toBe('midden');
	});

	it('clamps trust to -5..5', () => {
		const scenario = validFixture('trust-loop');
		expect(play(scenario, [LISTEN, LISTEN, LISTEN]).getSnapshot().context.trust).toBe(5);
		expect(play(scenario, [INTERRUPT, INTERRUPT, INTERRUPT]).getSnapshot().context.trust).toBe(-5);
		// Clamped, not counted: from 5, one step down is 2, not 9 - 3 = 6 → 5.
		expect(play(scenario, [LISTEN, LISTEN, LISTEN, INTERRUPT]).getSnapshot().context.trust).toBe(2);
	});

	it('records a choice that leads back to its own node as a new visit', () => {
		const { context } = play(validFixture('trust-loop'), [LISTEN, LISTEN]).getSnapshot();
		expect(context.trail).toEqual(['praten', 'praten', 'praten']);
		expect(context.path.map((step) => step.choiceIndex)).toEqual([LISTEN, LISTEN]);
	});

	it('ignores a choice that is not offered, and an index that does not exist', () => {
		const scenario = validFixture('trust-loop');
		const actor = play(scenario, []);
		actor.send({ type: 'choice.select', index: ASK }); // trust 0: not offered
		actor.send({ type: 'choice.select', index: 9 });
		expect(actor.getSnapshot().context.path).toEqual([]);
		actor.send({ type: 'choice.select', index: LISTEN });
		actor.send({ type: 'choice.select', index: ASK }); // trust 3: offered now
		expect(actor.getSnapshot().context.totals).toEqual({ tempo: 2 });
	});

	it('ends in a final state; the actor is then done and ignores further choices', () => {
		const actor = play(validFixture('valid'), [0, 0]);
		const snapshot = actor.getSnapshot();
		expect(snapshot.status).toBe('done');
		expect(currentNodeId(snapshot)).toBe('disclosure');
		expect(snapshot.context.totals).toEqual({ doorvragen: 2, regie: 1, tempo: 2 });
		actor.send({ type: 'choice.select', index: 0 });
		expect(actor.getSnapshot()).toBe(snapshot);
	});

	it('is configured with named guards and actions that take params', () => {
		const scenario = validFixture('valid');
		const machine = createScenarioMachine(scenario);
		const conditions = compileConditions(scenario);
		expect(machine.config.states?.family?.always).toEqual([
			{ target: 'pace', reenter: true, guard: { type: 'condition', params: { tree: conditions.rules.get('family')![0] } } },
			{ target: 'guarded', reenter: true }
		]);
		const on = machine.config.states?.opening?.on as Record<string, unknown[]>;
		expect(on['choice.select']?.[1]).toEqual({
			target: 'family',
			reenter: true,
			guard: { type: 'choiceOffered', params: { index: 1, tree: undefined } },
			actions: { type: 'applyChoice', params: { nodeId: 'opening', index: 1 } }
		});
		expect(machine.config.states?.disclosure?.type).toBe('final');
	});

	it('applies a free reply by the rule it fell under: totals, trust, flags and a path step with the rule', () => {
		const scenario = validFixture('respond');
		const { context } = play(scenario, [replyStep(0)]).getSnapshot();
		expect(context.totals).toEqual({ doorvragen: 2, regie: 1, eerlijkheid: 0 });
		expect(context.trust).toBe(2);
		expect(context.path).toEqual([
			{
				nodeId: 'opening',
				ruleIndex: 0,
				label: 'Eigen antwoord: open vraag en erkennen',
				feedback: 'Een open vraag en erkenning.',
				source: '§6; aanbeveling 7e',
				score: { doorvragen: 2, regie: 1 },
				trustChange: 2
			}
		]);
		const promised = play(scenario, [replyStep(1)]).getSnapshot();
		expect(promised.context.flags).toEqual({ belofte: true });
		expect(currentNodeId(promised)).toBe('tijd');
	});

	it('mixes choices and free replies on one path, each leading where its rule or choice says', () => {
		const scenario = validFixture('respond');
		const snapshot = play(scenario, [replyStep(0), 0]).getSnapshot();
		expect(snapshot.status).toBe('done');
		expect(currentNodeId(snapshot)).toBe('open');
		expect(snapshot.context.totals).toEqual({ doorvragen: 2, regie: 2, eerlijkheid: 1 });
		expect(snapshot.context.path.map((step) => [step.nodeId, step.choiceIndex, step.ruleIndex])).toEqual([
			['opening', undefined, 0],
			['tijd', 0, undefined]
		]);
		expect(currentNodeId(play(scenario, [0, replyStep(1)]).getSnapshot())).toBe('dicht');
	});

	it('ignores a rule the node does not have, and a free reply at a node without respond', () => {
		const actor = play(validFixture('respond'), []);
		actor.send({ type: 'reply.send', rule: 4 });
		actor.send({ type: 'reply.send', rule: -1 });
		expect(actor.getSnapshot().context.path).toEqual([]);
		const plain = play(validFixture('valid'), []);
		const before = plain.getSnapshot();
		plain.send({ type: 'reply.send', rule: 0 });
		expect(plain.getSnapshot()).toBe(before);
	});

	it('sends a free reply through a named guard and action, by rule index only', () => {
		const machine = createScenarioMachine(validFixture('respond'));
		const on = machine.config.states?.opening?.on as Record<string, unknown[]>;
		expect(on['reply.send']).toHaveLength(4);
		expect(on['reply.send']?.[1]).toEqual({
			target: 'tijd',
			reenter: true,
			guard: { type: 'ruleChosen', params: { index: 1 } },
			actions: { type: 'applyReply', params: { nodeId: 'opening', index: 1 } }
		});
		const plain = createScenarioMachine(validFixture('valid')).config.states?.opening?.on as Record<string, unknown[]>;
		expect(plain['reply.send']).toEqual([]);
	});

	it('parses the conditions once per scenario', () => {
		const scenario = validFixture('valid');
		expect(compileConditions(scenario)).toBe(compileConditions(scenario));
	});

	it('stops a loop of automatic steps loudly instead of hanging (validation refuses them)', () => {
		const looping: ScenarioDefinition = {
			id: 'kring',
			moduleId: 'test',
			file: 'kring.yaml',
			title: 'Kring',
			summary: 'Kring',
			client: 'Sanne',
			feedback: 'immediate',
			rubric: [],
			trust: 0,
			flags: [],
			start: 'a',
			nodes: {
				a: { id: 'a', text: 'A', next: [{ to: 'b' }] },
				b: { id: 'b', text: 'B', next: [{ to: 'a' }] }
			},
			nodeOrder: ['a', 'b']
		};
		const [snapshot] = initialTransition(createScenarioMachine(looping));
		expect(snapshot.status).toBe('error');
		expect(String(snapshot.error)).toMatch(/Infinite loop detected/);
	});
});

describe('offeredChoices', () => {
	it('lists the indexes, as authored, whose condition holds', () => {
		const scenario = validFixture('trust-loop');
		expect(offeredChoices(scenario, 'praten', { trust: 0, totals: {} })).toEqual([0, 1, 2]);
		expect(offeredChoices(scenario, 'praten', { trust: 3, totals: {} })).toEqual([0, 1, 2, 3]);
	});

	it('is empty for nodes without choices', () => {
		const scenario = validFixture('trust-loop');
		expect(offeredChoices(scenario, 'wegen', { trust: 0, totals: {} })).toEqual([]);
		expect(offeredChoices(scenario, 'hoog', { trust: 0, totals: {} })).toEqual([]);
	});
});
