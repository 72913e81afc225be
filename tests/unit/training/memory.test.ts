import { describe, expect, it } from 'vitest';
import { recallSession, rememberSession } from '$lib/training/memory';
import { readScoresHidden, SCORES_HIDDEN_KEY, writeScoresHidden } from '$lib/training/scores-hidden';
import { memoryStore, refusingStore } from '../fake-store';
import { PROGRESS_KEY } from '$lib/progress/schema';

describe('session memory', () => {
	it('keeps the latest session per scenario', () => {
		const first = { scenarioId: 'geheugen', steps: [], position: 0 };
		const later = { ...first, position: 1 };
		expect(recallSession('geheugen')).toBeUndefined();
		rememberSession(first);
		rememberSession(later);
		rememberSession({ scenarioId: 'ander', steps: [], position: 0 });
		expect(recallSession('geheugen')).toBe(later);
	});
});

describe('scores hidden', () => {
	it('is off by default, and kept under its own key, never the progress key', () => {
		const store = memoryStore();
		expect(readScoresHidden(store)).toBe(false);
		writeScoresHidden(store, true);
		expect(readScoresHidden(store)).toBe(true);
		expect(Object.keys(store.data)).toEqual([SCORES_HIDDEN_KEY]);
		expect(SCORES_HIDDEN_KEY).not.toBe(PROGRESS_KEY);
		writeScoresHidden(store, false);
		expect(store.data).toEqual({});
	});

	it('copes with no storage, or storage that throws', () => {
		expect(readScoresHidden(undefined)).toBe(false);
		expect(readScoresHidden(refusingStore)).toBe(false);
		expect(() => writeScoresHidden(refusingStore, true)).not.toThrow();
	});
});
