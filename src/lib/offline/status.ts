/**
 * What the offline indicator says, from the service worker's state and what its cache really
 * holds. Plain so tests can call it.
 */
export type OfflineState = 'unsupported' | 'preparing' | 'repairing' | 'incomplete' | 'ready' | 'failed';

export const OFFLINE_MESSAGES: Record<OfflineState, string> = {
	unsupported: 'Deze browser kan de cursus niet offline bewaren.',
	preparing: 'De cursus wordt klaargezet voor offline gebruik…',
	repairing: 'Een deel van de cursus ontbrak in de offline opslag en wordt opnieuw opgehaald…',
	incomplete: 'Een deel van de cursus is niet offline bewaard. Met internet wordt het opnieuw opgehaald.',
	ready: 'Deze cursus werkt nu ook zonder internet op dit apparaat.',
	failed: 'De cursus kon niet voor offline gebruik worden bewaard.'
};

/** The active worker's answer to "is everything cached?" (see `src/service-worker.ts`). */
export interface CacheReport {
	/** Course files not in the cache. */
	missing: number;
	/** The worker is fetching the missing files now. */
	repairing: boolean;
}

/** The message the page sends the worker to ask; it answers on the port it is given. */
export const CACHE_CHECK = 'bamboe.cache-check';

export function offlineState(
	registration: { active: unknown } | undefined,
	supported: boolean,
	cache?: CacheReport
): OfflineState {
	if (!supported) return 'unsupported';
	if (!registration) return 'failed';
	// A worker becomes active only after every file of its version was cached, but the browser
	// may have cleared the cache since (storage pressure, "clear site data"): only the worker's
	// own count of what is there makes the promise true.
	if (!registration.active || !cache) return 'preparing';
	if (cache.missing === 0) return 'ready';
	return cache.repairing ? 'repairing' : 'incomplete';
}

/** A report from the worker, checked: it crosses a message channel. */
export function readCacheReport(data: unknown): CacheReport | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { missing, repairing } = data as Record<string, unknown>;
	if (typeof missing !== 'number' || !Number.isInteger(missing) || missing < 0 || typeof repairing !== 'boolean') return undefined;
	return { missing, repairing };
}
