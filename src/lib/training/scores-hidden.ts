/**
 * "Scores verbergen": for groups where figures about how well they did would hurt. The choice
 * is kept for this browser tab only (sessionStorage), so an accidental reload on the training
 * day does not bring the scores back, and the next visit starts with the default (visible).
 * It is never written next to personal progress.
 */
export const SCORES_HIDDEN_KEY = 'bamboe.training.scores-verbergen';

/** The part of `Storage` used here; tests pass a fake. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readScoresHidden(store: SessionStore | undefined): boolean {
	try {
		return store?.getItem(SCORES_HIDDEN_KEY) === 'ja';
	} catch {
		return false;
	}
}

export function writeScoresHidden(store: SessionStore | undefined, hidden: boolean): void {
	try {
		if (hidden) store?.setItem(SCORES_HIDDEN_KEY, 'ja');
		else store?.removeItem(SCORES_HIDDEN_KEY);
	} catch {
		// Without session storage the choice holds until the page is reloaded.
	}
}

/** The browser's sessionStorage, or undefined where it is blocked. */
export function tabStore(): SessionStore | undefined {
	try {
		return globalThis.sessionStorage ?? undefined;
	} catch {
		return undefined;
	}
}
