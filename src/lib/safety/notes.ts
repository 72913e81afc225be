/**
 * Content notes the learner has already answered with "go on" in this browser tab, so going
 * back to a lesson does not ask again; a new visit asks again, as it should.
 */
import { readItem, tabStore, writeItem } from '../browser/storage';

const KEY = 'bamboe.waarschuwingen-gezien';

function seen(): string[] {
	try {
		const list: unknown = JSON.parse(readItem(tabStore(), KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
	} catch {
		return []; // not JSON: treat as nothing seen
	}
}

export function noteSeen(key: string): boolean {
	return seen().includes(key);
}

/** Without session storage the note is simply shown again next time. */
export function markNoteSeen(key: string): void {
	writeItem(tabStore(), KEY, JSON.stringify([...new Set([...seen(), key])]));
}
