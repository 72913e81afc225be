/**
 * Reading and writing progress in browser storage. Never throws, never silently replaces
 * something it cannot read: a problem is returned with the raw text, so the learner can choose
 * to keep it (and keep working without saving) or to start again.
 */
import * as v from 'valibot';
import { writeItem, type KeyValueStore } from '../browser/storage';
import { PROGRESS_KEY, PROGRESS_VERSION, emptyProgress, progressSchema, type Progress } from './schema';

export type ReadResult =
	| { status: 'ok'; progress: Progress }
	| { status: 'empty'; progress: Progress }
	| { status: 'unavailable'; progress: Progress; message: string }
	| { status: 'corrupt' | 'foreign' | 'future'; progress: Progress; raw: string; message: string };

export const MESSAGES = {
	unavailable:
		'Je browser staat niet toe dat deze cursus iets bewaart (bijvoorbeeld in een privévenster). Je kunt alles gebruiken, maar je voortgang wordt niet onthouden.',
	corrupt:
		'Je opgeslagen voortgang is beschadigd en kan niet gelezen worden. Er is niets gewist.',
	foreign:
		'Er staat voortgang op dit apparaat die niet van deze cursus lijkt te zijn, of die onvolledig is. Er is niets gewist.',
	future:
		'Je voortgang is opgeslagen door een nieuwere versie van deze cursus. Deze versie kan die niet lezen; er is niets gewist.'
} as const;

export function readProgress(store: KeyValueStore | undefined): ReadResult {
	// Read directly (not with readItem): a refusal must show as "unavailable", not as "empty".
	if (!store) return { status: 'unavailable', progress: emptyProgress(), message: MESSAGES.unavailable };
	let raw: string | null;
	try {
		raw = store.getItem(PROGRESS_KEY);
	} catch {
		return { status: 'unavailable', progress: emptyProgress(), message: MESSAGES.unavailable };
	}
	if (raw === null) return { status: 'empty', progress: emptyProgress() };
	return parseProgress(raw);
}

/** Parses stored (or imported) text into progress, or says why it can't. */
export function parseProgress(raw: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'corrupt', progress: emptyProgress(), raw, message: MESSAGES.corrupt };
	}
	const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return { status: 'future', progress: emptyProgress(), raw, message: MESSAGES.future };
	}
	const result = v.safeParse(progressSchema, data);
	if (!result.success) return { status: 'foreign', progress: emptyProgress(), raw, message: MESSAGES.foreign };
	return { status: 'ok', progress: result.output };
}

/** Saves progress; false when the browser refused (full or blocked). */
export function writeProgress(store: KeyValueStore | undefined, progress: Progress): boolean {
	return writeItem(store, PROGRESS_KEY, JSON.stringify(progress));
}

export function clearProgress(store: KeyValueStore | undefined): boolean {
	return writeItem(store, PROGRESS_KEY, null);
}
