/**
 * Model-based test over the course's own scenarios: every file in modules/<module>/scenarios/
 * must validate, and every path a learner can take, with prepared choices and with free replies
 * (each rule of a `respond` a step of its own), is played through the real machine. Files are
 * found by glob, so scenarios added later are tested without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '$lib/content/problems';
import { analyseScenario } from '$lib/scenario/analyse';
import { evaluateCondition, parseCondition } from '$lib/scenario/condition';
import { createScenarioMachine, currentNodeId, offeredChoices } from '$lib/scenario/machine';
import { choiceStep, describeStep, eventFor, replyRules, replyStep } from '$lib/scenario/steps';
import { validateScenario } from '$lib/scenario/validate';
import type { ScenarioContext, ScenarioData, StepRef } from '$lib/scenario/types';
import { enumeratePaths, play } from './play';

const scenarioFiles = import.meta.glob('/modules/*/scenarios/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const rubricFiles = import.meta.glob('/modules/rubric.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The ids in modules/rubric.yaml (`dimensions: [{ id, ... }]`). */
function rubricIds(): string[] {
	const source = rubricFiles['/modules/rubric.yaml'];
	if (source === undefined) throw new Error('modules/rubric.yaml ontbreekt');
	const rubric = parse(source) as { dimensions?: { id?: unknown }[] };
	return (rubric.dimensions ?? []).map((d) => String(d.id));
}

/** modules/05-de-therapeutische-relatie/scenarios/01-intake.yaml → ids as the loader makes them. */
function idsOf(path: string) {
	const [, , folder = '', , name = ''] = path.split('/');
	return {
		file: path.slice(1),
		moduleId: folder.replace(/^\d+-/, ''),
		id: name.replace(/\.yaml$/, '').replace(/^\d+-/, '')
	};
}

function validScenario(path: string, source: string): ScenarioData {
	const ids = idsOf(path);
	const { scenario, problems } = validateScenario(parse(source), { ...ids, rubricIds: rubricIds() });
	const errors = problems.filter((p) => p.severity === 'error');
	if (!scenario || errors.length) {
		expect.fail(`${ids.file} is niet geldig:\n${errors.map(formatProblem).join('\n')}`);
	}
	return scenario;
}

const entries = Object.entries(scenarioFiles);

describe('the course scenarios in modules/', () => {
	if (entries.length === 0) {
		it.todo('no scenario files in modules/*/scenarios/ yet');
		return;
	}

	describe.each(entries)('%s', (path, source) => {
		it('validates, and every path ends in a final state within the analysed bounds', () => {
			const scenario = validScenario(path, source);
			const analysis = analyseScenario(scenario);
			const machine = createScenarioMachine(scenario);

			// Every path, played through the machine's own transitions (steps at one node that
			// reach the same state share the walk after it). Failures are collected (not asserted
			// one by one) so a broken scenario shows all its bad paths at once.
			const { finished, cut } = enumeratePaths(scenario, {}, machine);
			expect(cut, 'paths cut off by the length bound').toBe(0);
			const failures: string[] = [];
			const reached = new Set<string>();
			const replays = new Map<string, StepRef[]>();
			for (const { steps, snapshot } of finished) {
				const nodeId = currentNodeId(snapshot);
				const where = `${steps.map(describeStep).join(', ')} → ${nodeId}`;
				if (snapshot.status !== 'done') failures.push(`${where}: geen einde`);
				// What the ending's text takes for granted, checked here on every played path
				// independently of the analysis that validation relies on.
				const requires = scenario.nodes[nodeId]?.requires;
				if (requires !== undefined && !holdsOn(requires, snapshot.context)) failures.push(`${where}: requires "${requires}" niet waar`);
				reached.add(nodeId);
				for (const dimension of scenario.rubric) {
					const total = snapshot.context.totals[dimension]!;
					if (total > analysis.best[dimension]! || total < analysis.worst[dimension]!) {
						failures.push(`${where}: ${dimension} ${total} buiten ${analysis.worst[dimension]}..${analysis.best[dimension]}`);
					}
				}
				const endState = stateKey(nodeId, snapshot.context);
				if (!replays.has(endState)) replays.set(endState, steps);
			}
			expect(failures).toEqual([]);
			expect([...reached].sort()).toEqual([...analysis.endings].sort());
			for (const dimension of scenario.rubric) {
				expect(
					finished.some(({ snapshot }) => snapshot.context.totals[dimension] === analysis.best[dimension]),
					`${dimension}: het beste totaal wordt op geen pad gehaald`
				).toBe(true);
			}
			expect(scenario.best).toEqual(analysis.best);
			// The fewest and the most decisions, counted here over every played path.
			const lengths = finished.map(({ steps }) => steps.length);
			expect(scenario.decisions).toEqual({ fewest: Math.min(...lengths), most: Math.max(...lengths) });

			// One path per distinct end state again, through a running actor as a page plays it:
			// the same result, and choices that are not offered, and rules a node does not have,
			// are ignored.
			const refusalsChecked = new Set<string>();
			for (const [endState, steps] of replays) {
				const actor = play(scenario, [], machine);
				for (const step of steps) {
					const before = actor.getSnapshot();
					const nodeId = currentNodeId(before);
					const state = stateKey(nodeId, before.context);
					if (!refusalsChecked.has(state)) {
						refusalsChecked.add(state);
						const offered = offeredChoices(scenario, nodeId, before.context);
						const authored = scenario.nodes[nodeId]?.choices ?? [];
						const notOffered = [-1, authored.length, ...authored.keys()].filter((i) => !offered.includes(i)).map(choiceStep);
						const noRule = [-1, replyRules(scenario, nodeId)].map(replyStep);
						for (const other of [...notOffered, ...noRule]) {
							actor.send(eventFor(other));
							if (actor.getSnapshot() !== before) failures.push(`${state}: ${describeStep(other)} niet genegeerd`);
						}
					}
					actor.send(eventFor(step));
				}
				const end = actor.getSnapshot();
				const replayed = end.status === 'done' ? stateKey(currentNodeId(end), end.context) : end.status;
				if (replayed !== endState) failures.push(`actor: ${replayed}, verwacht ${endState}`);
			}
			expect(failures).toEqual([]);
		}, 60_000);
	});
});

function holdsOn(source: string, context: ScenarioContext): boolean {
	const parsed = parseCondition(source);
	if (!parsed.ok) throw new Error(`requires "${source}": ${parsed.error.message}`);
	return evaluateCondition(parsed.tree, context);
}

function stateKey(nodeId: string, context: ScenarioContext): string {
	return JSON.stringify([nodeId, context.trust, context.totals, context.flags]);
}
