/**
 * Switches a trainer sets for this browser tab only (sessionStorage): an accidental reload on
 * the training day keeps them, and the next visit starts with the defaults (off). They are
 * never written next to personal progress.
 *
 * - "Scores verbergen": for groups where figures about how well they did would hurt.
 * - Presentation mode: only the scenario on the screen, without the site around it.
 */
import { readItem, writeItem, type KeyValueStore } from '../browser/storage';

export const SCORES_HIDDEN_KEY = 'bamboe.training.scores-verbergen';
export const PRESENTATION_KEY = 'bamboe.training.presentatie';

export function readTabFlag(store: KeyValueStore | undefined, key: string): boolean {
	return readItem(store, key) === 'ja';
}

/** Without session storage the choice holds until the page is reloaded. */
export function writeTabFlag(store: KeyValueStore | undefined, key: string, on: boolean): void {
	writeItem(store, key, on ? 'ja' : null);
}
