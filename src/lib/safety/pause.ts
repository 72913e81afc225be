/**
 * The way back from the pause page: the place the learner left is kept for this browser tab
 * only, and only paths on this site are ever used as a link target.
 */
import { readItem, tabStore, writeItem } from '../browser/storage';

const KEY = 'bamboe.terug';

/** Without session storage the pause page offers the course home instead. */
export function rememberPlace(): void {
	writeItem(tabStore(), KEY, location.pathname + location.hash);
}

/** The remembered path, when it is a safe path on this site other than the pause page. */
export function rememberedPlace(): string | undefined {
	return safePlace(readItem(tabStore(), KEY));
}

export function safePlace(place: string | null): string | undefined {
	if (!place || !place.startsWith('/') || place.startsWith('//') || place.startsWith('/pauze/')) return undefined;
	return place;
}
