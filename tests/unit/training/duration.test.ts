import { describe, expect, it } from 'vitest';
import { analyseScenario } from '$lib/scenario/analyse';
import { describeDecisions, describeDuration, SESSION_MINUTES, sessionDuration } from '$lib/training/duration';
import { validFixture } from '../scenario/fixtures';

describe('sessionDuration', () => {
	it('adds opening, minutes per decision and closing, for the shortest and the longest way', () => {
		// valid: 2 to 3 decisions → 10 + 2 × 6 + 15 = 37 → 40, and 10 + 3 × 6 + 15 = 43 → 45.
		const decisions = analyseScenario(validFixture('valid')).decisions;
		expect(sessionDuration(decisions)).toEqual({ least: 40, most: 45 });
		// small: one decision → 10 + 6 + 15 = 31 → 35.
		expect(sessionDuration(analyseScenario(validFixture('small')).decisions)).toEqual({ least: 35, most: 35 });
	});

	it('counts the detour that merges with the short way', () => {
		// lengths: 2 to 3 decisions, the longer way merged into the shorter one's state.
		expect(sessionDuration(analyseScenario(validFixture('lengths')).decisions)).toEqual({ least: 40, most: 45 });
	});

	it('gives no longest time for a scenario whose paths can go round without end', () => {
		const decisions = analyseScenario(validFixture('trust-loop')).decisions;
		expect(sessionDuration(decisions)).toEqual({ least: 35, most: null });
	});

	it('rounds up to whole 5 minutes, and follows another rule when given one', () => {
		expect(sessionDuration({ fewest: 0, most: 0 }, { opening: 1, perDecision: 1, closing: 1 })).toEqual({ least: 5, most: 5 });
		expect(sessionDuration({ fewest: 5, most: 10 }, { opening: 0, perDecision: 1, closing: 0 })).toEqual({ least: 5, most: 10 });
		// The course's rule: 10 + 4 × 6 + 15 = 49 → 50.
		expect(SESSION_MINUTES).toEqual({ opening: 10, perDecision: 6, closing: 15 });
		expect(sessionDuration({ fewest: 4, most: 4 })).toEqual({ least: 50, most: 50 });
	});
});

describe('describeDuration and describeDecisions', () => {
	it('say a range, a single figure, or a lower bound in Dutch', () => {
		expect(describeDuration({ least: 40, most: 55 })).toBe('40 tot 55 minuten');
		expect(describeDuration({ least: 45, most: 45 })).toBe('ongeveer 45 minuten');
		expect(describeDuration({ least: 35, most: null })).toBe('minstens 35 minuten');
		expect(describeDecisions({ fewest: 3, most: 6 })).toBe('3 tot 6 beslissingen');
		expect(describeDecisions({ fewest: 1, most: 1 })).toBe('1 beslissing');
		expect(describeDecisions({ fewest: 1, most: null })).toBe('minstens 1 beslissing');
	});
});
