import { describe, expect, it } from 'vitest';
import { longDate } from '$lib/dutch';
import type { RubricDimension } from '$lib/content/types';
import { choose, goBack, goForward, reveal, revealAll, setCount, startSession } from '$lib/training/session';
import { pagesOf, sessionSummary, summaryFileName, summaryJson, SUMMARY_FORMAT, type SummaryInput } from '$lib/training/summary';
import type { TrainingSession } from '$lib/training/types';
import { validFixture } from '../scenario/fixtures';

const valid = validFixture('valid');
const dimensions: RubricDimension[] = [
	{ id: 'doorvragen', name: 'Doorvragen en checken', good: '', recommendation: '', source: '' },
	{ id: 'regie', name: 'Regie bij de cliënt', good: '', recommendation: '', source: '' },
	{ id: 'tempo', name: 'Tijd en tempo', good: '', recommendation: '', source: '' }
];
const module = { number: 5, title: 'De therapeutische relatie' };
/** 14 March 2026, late in the evening: the local day, not the UTC one. */
const now = new Date(2026, 2, 14, 23, 30);

function input(session: TrainingSession, scoresHidden = false): SummaryInput {
	return { scenario: valid, module, dimensions, session, scoresHidden, now };
}

/**
 * The group's way through valid.yaml: opening answer 1 with votes 5 and 2 and all feedback
 * shown; pace answer 2 ("Nog vijf minuten", no votes); guarded answer 1; then the ending.
 */
function finishedSession(): TrainingSession {
	let session = startSession(valid);
	session = setCount(valid, session, 0, 5);
	session = setCount(valid, session, 1, 2);
	session = goForward(valid, revealAll(reveal(choose(valid, session, 0))));
	session = goForward(valid, reveal(choose(valid, session, 1)));
	return goForward(valid, choose(valid, session, 0));
}

describe('sessionSummary', () => {
	it("holds the scenario, the day, the group's way with votes and prompts, the outcome and the scores", () => {
		const summary = sessionSummary(input(finishedSession()));
		const [opening, pace, guarded] = ['opening', 'pace', 'guarded'].map((id) => valid.nodes[id]!.choices!);
		expect(summary).toEqual({
			format: SUMMARY_FORMAT,
			version: 1,
			date: '2026-03-14',
			scenario: { id: 'valid', title: 'Het intakegesprek', module },
			finished: true,
			steps: [
				{
					number: 1,
					discuss: 'Wat merk je bij jezelf op als iemand zo binnenkomt?',
					choices: [
						{ number: 1, label: opening![0]!.label, votes: 5, chosen: true },
						{ number: 2, label: opening![1]!.label, votes: 2, chosen: false }
					],
					votes: 7,
					chosen: { number: 1, label: opening![0]!.label, quality: 'helpend', feedback: opening![0]!.feedback, source: '§6; aanbeveling 7e' },
					allRevealed: true
				},
				{
					number: 2,
					discuss: null,
					choices: pace!.map((c, i) => ({ number: i + 1, label: c.label, votes: null, chosen: i === 1 })),
					votes: null,
					chosen: { number: 2, label: 'Nog vijf minuten.', quality: 'niet-helpend', feedback: pace![1]!.feedback, source: '§5.3 (interview 2)' },
					allRevealed: false
				},
				{
					number: 3,
					discuss: null,
					choices: guarded!.map((c, i) => ({ number: i + 1, label: c.label, votes: null, chosen: i === 0 })),
					votes: null,
					chosen: { number: 1, label: guarded![0]!.label, quality: 'helpend', feedback: guarded![0]!.feedback, source: 'aanbeveling 7e' },
					allRevealed: false
				}
			],
			// trust 1 + 2 - 1 + 1 = 3 at closing: "next-time".
			outcome: { label: 'deur op een kier', texts: [valid.nodes.closing!.text, valid.nodes['next-time']!.text] },
			scoresHidden: false,
			// doorvragen 2 of 3, regie 1 + 2 = 3 of 3, tempo -1 + 1 = 0 of 2.
			scores: [
				{ dimension: 'doorvragen', name: 'Doorvragen en checken', share: 2 / 3, standing: 'op-weg' },
				{ dimension: 'regie', name: 'Regie bij de cliënt', share: 1, standing: 'sterk' },
				{ dimension: 'tempo', name: 'Tijd en tempo', share: 0, standing: 'oefenen' }
			]
		});
	});

	it('leaves the scores out when the trainer hid them, and says so', () => {
		const summary = sessionSummary(input(finishedSession(), true));
		expect(summary.scoresHidden).toBe(true);
		expect(summary.scores).toBeNull();
		expect(summaryJson(summary)).not.toMatch(/share|standing/);
		expect(summary.steps).toHaveLength(3);
	});

	it('is the same when the trainer went back to look at an earlier decision', () => {
		const finished = finishedSession();
		const lookingBack = goBack(goBack(finished));
		expect(sessionSummary(input(lookingBack))).toEqual(sessionSummary(input(finished)));
	});

	it('covers the decisions taken so far when the group stopped before the end', () => {
		let session = goForward(valid, reveal(choose(valid, startSession(valid), 1)));
		session = setCount(valid, session, 0, 3);
		const summary = sessionSummary(input(session));
		expect(summary.finished).toBe(false);
		expect(summary.outcome).toBeNull();
		expect(summary.scores).toBeNull();
		expect(summary.steps.map((s) => [s.number, s.chosen.number])).toEqual([[1, 2]]);
		// Votes at the open decision are not part of the way taken.
		expect(summaryJson(summary)).not.toContain('"votes": 3');
	});

	it('records nothing about people: only counts, the texts of the scenario, the day and the switches', () => {
		const keys = new Set<string>();
		const collect = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(collect);
			else if (value && typeof value === 'object') {
				for (const [key, inner] of Object.entries(value)) {
					keys.add(key);
					collect(inner);
				}
			}
		};
		collect(JSON.parse(summaryJson(sessionSummary(input(finishedSession())))));
		expect([...keys].sort()).toEqual(
			[
				'format', 'version', 'date', 'scenario', 'id', 'title', 'module', 'number', 'finished', 'steps', 'discuss',
				'choices', 'label', 'votes', 'chosen', 'quality', 'feedback', 'source', 'allRevealed', 'outcome', 'texts',
				'scoresHidden', 'scores', 'dimension', 'name', 'share', 'standing'
			].sort()
		);
	});
});

describe('summaryJson and summaryFileName', () => {
	it('write the summary as it is, and name the file after the scenario and the day', () => {
		const summary = sessionSummary(input(finishedSession()));
		expect(JSON.parse(summaryJson(summary))).toEqual(summary);
		expect(summaryFileName(summary)).toBe('bamboe-trainingssessie-valid-2026-03-14.json');
	});
});

describe('pagesOf', () => {
	it('groups the steps for printing, a few to a page', () => {
		expect(pagesOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
		expect(pagesOf([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
		expect(pagesOf([], 3)).toEqual([]);
	});
});

describe('longDate', () => {
	it('writes the summary day out in Dutch, as that day wherever the page is read', () => {
		expect(longDate('2026-03-14')).toBe('14 maart 2026');
		expect(longDate('2026-12-01')).toBe('1 december 2026');
	});
});
