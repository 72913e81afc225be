import { describe, expect, it } from 'vitest';
import { forgetSession, recallSession, rememberSession, sessionStillPlays } from '$lib/training/memory';
import { choose, goForward, reveal, revealAll, setCount, startSession } from '$lib/training/session';
import { validFixture } from '../scenario/fixtures';
import { PRESENTATION_KEY, readTabFlag, SCORES_HIDDEN_KEY, writeTabFlag } from '$lib/training/tab-flags';
import { memoryStore, refusingStore } from '../fake-store';
import { PROGRESS_KEY } from '$lib/progress/schema';

describe('session memory', () => {
	const scenario = validFixture('valid');
	/** A session two decisions in, with votes and the feedback shown. */
	function session() {
		let s = startSession(scenario);
		s = setCount(scenario, s, 0, 7);
		s = setCount(scenario, s, 1, 3);
		s = reveal(choose(scenario, s, 0));
		return goForward(scenario, s);
	}

	it('keeps each scenario’s latest session in the tab’s storage, and reads it back as it was (after a reload)', () => {
		const store = memoryStore();
		expect(recallSession('valid', store)).toBeUndefined();
		rememberSession(startSession(scenario), store);
		rememberSession(session(), store);
		rememberSession({ scenarioId: 'ander', steps: [], position: 0 }, store);
		expect(Object.keys(store.data)).not.toContain(PROGRESS_KEY);
		// A new page (a reload) has nothing in memory, only the stored text.
		const reloaded = memoryStore(store.data);
		expect(recallSession('valid', reloaded)).toEqual(session());
		forgetSession('valid', reloaded);
		expect(recallSession('valid', reloaded)).toBeUndefined();
	});

	it('keeps that all feedback was shown, and reads sessions kept before that existed', () => {
		const store = memoryStore();
		const all = revealAll(reveal(choose(scenario, startSession(scenario), 0)));
		rememberSession(all, store);
		expect(recallSession('valid', memoryStore(store.data))).toEqual(all);
		const older = JSON.stringify({ scenarioId: 'valid', steps: [{ choice: 0, counts: {}, revealed: true }], position: 0 });
		expect(recallSession('valid', memoryStore({ 'bamboe.training.sessie.valid': older }))).toEqual({
			scenarioId: 'valid',
			steps: [{ choice: 0, counts: {}, revealed: true }],
			position: 0
		});
	});

	it('falls back to memory without session storage', () => {
		rememberSession(session(), undefined);
		expect(recallSession('valid', undefined)).toEqual(session());
		rememberSession(session(), refusingStore);
		expect(recallSession('valid', refusingStore)).toEqual(session());
	});

	it('ignores a stored session that is damaged or of another scenario', () => {
		for (const text of ['{', '[]', JSON.stringify({ ...session(), position: -1 }), JSON.stringify({ ...session(), scenarioId: 'ander' }), JSON.stringify({ ...session(), steps: [{ choice: 0, counts: { '01': 2 }, revealed: true }] })]) {
			expect(recallSession('valid', memoryStore({ 'bamboe.training.sessie.valid': text })), text).toBeUndefined();
		}
	});

	it('knows whether a stored session still plays in the scenario as it is now', () => {
		expect(sessionStillPlays(scenario, session())).toBe(true);
		expect(sessionStillPlays(scenario, startSession(scenario))).toBe(true);
		// A choice that is not offered, a decision without choice before the last, a position past the end.
		expect(sessionStillPlays(scenario, { ...session(), steps: [{ choice: 9, counts: {}, revealed: false }, ...session().steps.slice(1)] })).toBe(false);
		expect(sessionStillPlays(scenario, { ...session(), steps: [{ choice: null, counts: {}, revealed: false }, ...session().steps] })).toBe(false);
		expect(sessionStillPlays(scenario, { ...session(), position: 5 })).toBe(false);
	});
});

describe('tab switches (scores hidden, presentation mode)', () => {
	it('are off by default, and each kept under its own key, never the progress key', () => {
		const store = memoryStore();
		for (const key of [SCORES_HIDDEN_KEY, PRESENTATION_KEY]) {
			expect(readTabFlag(store, key)).toBe(false);
			writeTabFlag(store, key, true);
			expect(readTabFlag(store, key)).toBe(true);
			expect(key).not.toBe(PROGRESS_KEY);
		}
		expect(Object.keys(store.data)).toEqual([SCORES_HIDDEN_KEY, PRESENTATION_KEY]);
		writeTabFlag(store, SCORES_HIDDEN_KEY, false);
		expect(readTabFlag(store, PRESENTATION_KEY)).toBe(true);
		writeTabFlag(store, PRESENTATION_KEY, false);
		expect(store.data).toEqual({});
	});

	it('cope with no storage, or storage that throws', () => {
		expect(readTabFlag(undefined, SCORES_HIDDEN_KEY)).toBe(false);
		expect(readTabFlag(refusingStore, PRESENTATION_KEY)).toBe(false);
		expect(() => writeTabFlag(refusingStore, SCORES_HIDDEN_KEY, true)).not.toThrow();
	});
});
