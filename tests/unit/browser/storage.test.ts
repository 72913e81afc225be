import { describe, expect, it } from 'vitest';
import { readItem, writeItem } from '$lib/browser/storage';
import { memoryStore, refusingStore } from '../fake-store';

describe('browser storage that never throws', () => {
	it('reads, writes and removes', () => {
		const store = memoryStore();
		expect(readItem(store, 'a')).toBeNull();
		expect(writeItem(store, 'a', 'x')).toBe(true);
		expect(readItem(store, 'a')).toBe('x');
		expect(writeItem(store, 'a', null)).toBe(true);
		expect(store.data).toEqual({});
	});

	it('answers null / false when storage is missing or refuses', () => {
		expect(readItem(undefined, 'a')).toBeNull();
		expect(readItem(refusingStore, 'a')).toBeNull();
		expect(writeItem(undefined, 'a', 'x')).toBe(false);
		expect(writeItem(refusingStore, 'a', 'x')).toBe(false);
		expect(writeItem(refusingStore, 'a', null)).toBe(false);
	});
});
