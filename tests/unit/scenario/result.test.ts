import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { scenarioAttemptSchema } from '$lib/progress/schema';
import { replyStep } from '$lib/scenario/steps';
import { BELOW_ZERO, createAttemptRecord, dimensionResults, scoreWording, shareFigure, shareOf } from '$lib/scoring/result';

const describeScore = (total: number, best: number) => scoreWording(total, best).text;
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

describe('how a score reads', () => {
	it('is a share of the best reachable with its standing word', () => {
		expect(describeScore(4, 4)).toBe('100 % van het best haalbare · sterk');
		expect(describeScore(3, 4)).toBe('75 % van het best haalbare · sterk');
		expect(describeScore(2, 4)).toBe('50 % van het best haalbare · op weg');
		expect(describeScore(1, 3)).toBe('33 % van het best haalbare · nog oefenen');
		expect(shareFigure(0.5)).toBe('50 % · op weg');
	});

	it('never shows a negative number; a total below zero is said in words', () => {
		const below = scoreWording(-10, 11);
		expect(below).toEqual({ share: 0, standing: 'oefenen', figure: '0 % · nog oefenen', text: '0 % van het best haalbare · nog oefenen', note: BELOW_ZERO });
		expect(BELOW_ZERO).toBe('Je keuzes werkten hier vooral tegen je (onder nul).');
		expect(scoreWording(0, 4).note).toBeUndefined();
		for (const total of [-7, -1, 0, 2]) {
			for (const best of [-1, 0, 5]) {
				const { figure, text, note } = scoreWording(total, best);
				expect([figure, text, note ?? '']).not.toContainEqual(expect.stringMatching(/-\d/));
			}
		}
	});

	it('says so when a dimension has no points to reach', () => {
		expect(describeScore(0, 0)).toBe('hier zijn geen punten te halen');
		expect(scoreWording(-1, 0)).toMatchObject({ share: null, standing: null, note: BELOW_ZERO });
	});
});

describe('dimensionResults', () => {
	it('gives one result per dimension, in the order asked', () => {
		expect(dimensionResults({ regie: 3, tempo: -1 }, { tempo: 2, regie: 3, doorvragen: 0 }, ['regie', 'tempo', 'doorvragen'])).toEqual([
			{ dimension: 'regie', total: 3, best: 3, share: 1, standing: 'sterk', figure: '100 % · sterk', text: '100 % van het best haalbare · sterk' },
			{ dimension: 'tempo', total: -1, best: 2, share: 0, standing: 'oefenen', figure: '0 % · nog oefenen', text: '0 % van het best haalbare · nog oefenen', note: BELOW_ZERO },
			{ dimension: 'doorvragen', total: 0, best: 0, share: null, standing: null, figure: 'hier zijn geen punten te halen', text: 'hier zijn geen punten te halen' }
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
