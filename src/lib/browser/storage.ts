/**
 * Browser storage that never throws. Storage can be missing, blocked (private mode, strict
 * settings) or full; every module that keeps something on the device goes through these few
 * functions instead of wrapping each call in its own try/catch.
 */

/** The part of `Storage` we use; tests pass a fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * localStorage (kept on the device), or undefined where even touching it throws. Not probed
 * with a test write: a full disk refuses writes but can still be read, and stored progress must
 * not look lost then. A refused write shows up as `writeItem` returning false.
 */
export function deviceStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** sessionStorage (kept for this browser tab only), or undefined where it is blocked. */
export function tabStore(): KeyValueStore | undefined {
	try {
		return globalThis.sessionStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** The stored text, or null when there is none or storage refuses. */
export function readItem(store: KeyValueStore | undefined, key: string): string | null {
	try {
		return store?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores text (null removes the key); false when there is no storage or it refused. */
export function writeItem(store: KeyValueStore | undefined, key: string, value: string | null): boolean {
	if (!store) return false;
	try {
		if (value === null) store.removeItem(key);
		else store.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
