/**
 * The progress store the pages share (progress.svelte.ts), against browser storage as it
 * behaves when another tab writes newer data, or when the disk is full for a while.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION } from '$lib/progress/schema';
import { markLessonRead } from '$lib/progress/update';
import { memoryStore } from '../fake-store';

const at = (n: number) => new Date(Date.UTC(2026, 2, 1, 10, n));
let store: ReturnType<typeof memoryStore>;

async function freshState() {
	vi.resetModules();
	return (await import('$lib/progress/progress.svelte')).progressState;
}

beforeEach(() => {
	store = memoryStore();
	vi.stubGlobal('localStorage', store);
});
afterEach(() => vi.unstubAllGlobals());

describe('the shared progress store', () => {
	it('keeps newer-version data another tab wrote while this page was open, and tells the learner', async () => {
		const state = await freshState();
		state.load();
		state.update((p) => markLessonRead(p, 'm', 'een', at(1)));
		const newer = JSON.stringify({ ...emptyProgress(), version: PROGRESS_VERSION + 1 });
		store.data[PROGRESS_KEY] = newer;
		state.update((p) => markLessonRead(p, 'm', 'twee', at(2)));
		expect(store.data[PROGRESS_KEY]).toBe(newer);
		expect(state.blocked).toBe(true);
		expect(state.message).toBeTruthy();
	});

	it('keeps a change made while the disk was full, and saves it with the next one once there is room', async () => {
		const state = await freshState();
		state.load();
		const setItem = store.setItem;
		store.setItem = () => {
			throw new DOMException('vol', 'QuotaExceededError');
		};
		state.update((p) => markLessonRead(p, 'm', 'een', at(1)));
		expect(state.status).toBe('unavailable');
		expect(state.message).toMatch(/kon niet worden opgeslagen/);
		expect(Object.keys(state.progress.lessons)).toEqual(['m/een']);

		store.setItem = setItem;
		state.update((p) => markLessonRead(p, 'm', 'twee', at(2)));
		expect(state.status).toBe('ok');
		expect(state.message).toBeUndefined();
		expect(Object.keys(JSON.parse(store.data[PROGRESS_KEY]!).lessons).sort()).toEqual(['m/een', 'm/twee']);
	});
});
