import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { scenarioAttemptSchema } from '$lib/progress/schema';
import { replyStep } from '$lib/scenario/steps';
import { createAttemptRecord, describeScore, dimensionResults, shareOf } from '$lib/scoring/result';
import { currentNodeId } from '$lib/scenario/machine';
import { validFixture } from './fixtures';
import { play } from './play';

describe('shareOf', () => {
	it('is the total as a share of the best', () => {
		expect(shareOf(2, 4)).toBe(0.5);
		expect(shareOf(4, 4)).toBe(1);
	});
	it('shows negative totals as 0 and caps at 1', () => {
		expect(shareOf(-2, 4)).toBe(0);
		expect(shareOf(5, 4)).toBe(1);
	});
	it('has no share when the best is 0 or less', () => {
		expect(shareOf(0, 0)).toBeNull();
		expect(shareOf(-1, -1)).toBeNull();
	});
});

describe('describeScore', () => {
	it('says it in Dutch', () => {
		expect(describeScore(2, 4)).toBe('2 van 4 — 50 %');
		expect(describeScore(1, 3)).toBe('1 van 3 — 33 %');
		expect(describeScore(-1, 3)).toBe('-1 van 3 — 0 %');
		expect(describeScore(0, 0)).toBe('0 punten (hier zijn geen punten te halen)');
		expect(describeScore(-1, 0)).toBe('-1 punt (hier zijn geen punten te halen)');
	});
});

describe('dimensionResults', () => {
	it('gives one result per dimension, in the order asked', () => {
		expect(dimensionResults({ regie: 3, tempo: -1 }, { tempo: 2, regie: 3, doorvragen: 0 }, ['regie', 'tempo', 'doorvragen'])).toEqual([
			{ dimension: 'regie', total: 3, best: 3, share: 1, text: '3 van 3 — 100 %' },
			{ dimension: 'tempo', total: -1, best: 2, share: 0, text: '-1 van 2 — 0 %' },
			{ dimension: 'doorvragen', total: 0, best: 0, share: null, text: '0 punten (hier zijn geen punten te halen)' }
		]);
	});
});

describe('createAttemptRecord', () => {
	it('records a finished play-through as plain data', () => {
		const scenario = validFixture('valid');
		const snapshot = play(scenario, [0, 0]).getSnapshot();
		const record = createAttemptRecord(
			scenario,
			{ endNode: currentNodeId(snapshot), path: snapshot.context.path, totals: snapshot.context.totals },
			new Date('2025-01-02T03:04:05Z')
		);
		expect(record).toEqual({
			scenarioId: 'valid',
			moduleId: 'test',
			finishedAt: '2025-01-02T03:04:05.000Z',
			endNode: 'disclosure',
			outcome: 'open',
			path: snapshot.context.path,
			totals: { doorvragen: 2, regie: 1, tempo: 2 },
			shares: { doorvragen: 2 / 3, regie: 1 / 3, tempo: 1 }
		});
		expect(JSON.parse(JSON.stringify(record))).toEqual(record);
	});

	it('records free replies by their rule, as stored progress reads them back (never the reply itself)', () => {
		const scenario = validFixture('respond');
		const snapshot = play(scenario, [replyStep(0), replyStep(0)]).getSnapshot();
		const record = createAttemptRecord(
			scenario,
			{ endNode: currentNodeId(snapshot), path: snapshot.context.path, totals: snapshot.context.totals },
			new Date(0)
		);
		expect(record.path.map((step) => [step.nodeId, step.ruleIndex, step.label])).toEqual([
			['opening', 0, 'Eigen antwoord: open vraag en erkennen'],
			['tijd', 0, 'Eigen antwoord: eerlijk over grenzen']
		]);
		expect(record.shares).toEqual({ doorvragen: 1, regie: 0.5, eerlijkheid: 1 });
		expect(v.parse(scenarioAttemptSchema, JSON.parse(JSON.stringify(record)))).toEqual(record);
	});

	it('leaves out the outcome when the ending has none', () => {
		const scenario = validFixture('trust-loop');
		const snapshot = play(scenario, [2]).getSnapshot();
		const record = createAttemptRecord(
			scenario,
			{ endNode: currentNodeId(snapshot), path: snapshot.context.path, totals: snapshot.context.totals },
			new Date(0)
		);
		expect(record.endNode).toBe('midden');
		expect(record).not.toHaveProperty('outcome');
	});
});
