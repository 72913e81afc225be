/**
 * "Scores verbergen": for groups where figures about how well they did would hurt. The choice
 * is kept for this browser tab only (sessionStorage), so an accidental reload on the training
 * day does not bring the scores back, and the next visit starts with the default (visible).
 * It is never written next to personal progress.
 */
import { readItem, writeItem, type KeyValueStore } from '../browser/storage';

export const SCORES_HIDDEN_KEY = 'bamboe.training.scores-verbergen';

export function readScoresHidden(store: KeyValueStore | undefined): boolean {
	return readItem(store, SCORES_HIDDEN_KEY) === 'ja';
}

/** Without session storage the choice holds until the page is reloaded. */
export function writeScoresHidden(store: KeyValueStore | undefined, hidden: boolean): void {
	writeItem(store, SCORES_HIDDEN_KEY, hidden ? 'ja' : null);
}
