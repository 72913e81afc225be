/** What the offline indicator says, from the service worker's state. Plain so tests can call it. */
export type OfflineState = 'unsupported' | 'preparing' | 'ready' | 'failed';

export const OFFLINE_MESSAGES: Record<OfflineState, string> = {
	unsupported: 'Deze browser kan de cursus niet offline bewaren.',
	preparing: 'De cursus wordt klaargezet voor offline gebruik…',
	ready: 'Deze cursus werkt nu ook zonder internet op dit apparaat.',
	failed: 'De cursus kon niet voor offline gebruik worden bewaard.'
};

export function offlineState(registration: { active: unknown } | undefined, supported: boolean): OfflineState {
	if (!supported) return 'unsupported';
	if (!registration) return 'failed';
	// A worker becomes active only after every file of its version was cached.
	if (registration.active) return 'ready';
	return 'preparing';
}
