import { describe, expect, it } from 'vitest';
import { recallSession, rememberSession } from '$lib/training/memory';
import { readScoresHidden, SCORES_HIDDEN_KEY, writeScoresHidden, type SessionStore } from '$lib/training/scores-hidden';
import { PROGRESS_KEY } from '$lib/progress/schema';

function fakeStore(): SessionStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key)
	};
}

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
		const store = fakeStore();
		expect(readScoresHidden(store)).toBe(false);
		writeScoresHidden(store, true);
		expect(readScoresHidden(store)).toBe(true);
		expect([...store.data.keys()]).toEqual([SCORES_HIDDEN_KEY]);
		expect(SCORES_HIDDEN_KEY).not.toBe(PROGRESS_KEY);
		writeScoresHidden(store, false);
		expect(store.data.size).toBe(0);
	});

	it('copes with no storage, or storage that throws', () => {
		expect(readScoresHidden(undefined)).toBe(false);
		const broken: SessionStore = {
			getItem: () => {
				throw new Error('geblokkeerd');
			},
			setItem: () => {
				throw new Error('vol');
			},
			removeItem: () => {}
		};
		expect(readScoresHidden(broken)).toBe(false);
		expect(() => writeScoresHidden(broken, true)).not.toThrow();
	});
});
