/** Stand-ins for browser storage in unit tests: one that works, one that refuses everything. */
import type { KeyValueStore } from '$lib/browser/storage';

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
	const data: Record<string, string> = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => void (data[key] = value),
		removeItem: (key) => void delete data[key]
	};
}

/** Storage as a browser in private mode or with a full disk behaves: every call throws. */
export const refusingStore: KeyValueStore = {
	getItem: () => {
		throw new DOMException('blocked', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('blocked', 'SecurityError');
	}
};
