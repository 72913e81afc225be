/**
 * Reading and writing progress in browser storage. Never throws, never silently replaces
 * something it cannot read: a problem is returned with the raw text, so the learner can
 * download it as it is, rescue what is readable, keep it (and keep working without saving), or
 * start again.
 */
import * as v from 'valibot';
import { writeItem, type KeyValueStore } from '../browser/storage';
import { migrateProgress, OLDEST_READABLE_VERSION } from './migrate';
import type { LostCounts } from './rescue';
import { PROGRESS_KEY, PROGRESS_VERSION, emptyProgress, progressSchema, type Progress } from './schema';

/** Where unreadable progress is copied before the readable part of it is saved over it. */
export const RESERVE_KEY = 'bamboe.voortgang.reserve';

export type ReadResult =
	| { status: 'ok'; progress: Progress }
	| { status: 'empty'; progress: Progress }
	| { status: 'unavailable'; progress: Progress; message: string }
	| { status: 'corrupt' | 'foreign' | 'future'; progress: Progress; raw: string; message: string }
	/** Ours, but some entries can't be read: `progress` holds the rest. */
	| { status: 'damaged'; progress: Progress; raw: string; message: string; lost: LostCounts }
	/**
	 * Of our version (after migration) but not valid as a whole: `rescueRead` (rescue.ts) finds
	 * out what is readable. Kept apart so that every page need not load the rescue code.
	 */
	| { status: 'unchecked'; progress: Progress; raw: string; data: unknown; message: string };

export type ReadStatus = ReadResult['status'];

export const MESSAGES = {
	unavailable:
		'Je browser staat niet toe dat deze cursus iets bewaart (bijvoorbeeld in een privévenster). Je kunt alles gebruiken, maar je voortgang wordt niet onthouden.',
	corrupt:
		'Je opgeslagen voortgang is beschadigd en kan niet gelezen worden. Er is niets gewist.',
	foreign:
		'Er staat voortgang op dit apparaat die niet van deze cursus lijkt te zijn, of die onvolledig is. Er is niets gewist.',
	future:
		'Je voortgang is opgeslagen door een nieuwere versie van deze cursus. Deze versie kan die niet lezen; er is niets gewist.',
	unchecked: 'Je opgeslagen voortgang wordt nagekeken. Er is niets gewist.',
	damaged: (lost: string, count: number) =>
		`Een deel van je opgeslagen voortgang is beschadigd: ${lost} ${count === 1 ? 'kan' : 'kunnen'} niet gelezen worden. De rest is leesbaar. Er is niets gewist.`
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

/**
 * Parses stored (or imported) text into progress, or says why it can't. Older versions are
 * migrated; progress of ours that is not valid as a whole comes back "unchecked", for
 * `rescueRead` to save what it can.
 */
export function parseProgress(raw: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'corrupt', progress: emptyProgress(), raw, message: MESSAGES.corrupt };
	}
	return checkProgressData(data, raw);
}

/** The same checks on data already parsed from JSON (an export file's `progress`, say). */
export function checkProgressData(data: unknown, raw: string): ReadResult {
	const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return { status: 'future', progress: emptyProgress(), raw, message: MESSAGES.future };
	}
	const foreign = { status: 'foreign', progress: emptyProgress(), raw, message: MESSAGES.foreign } as const;
	if (typeof version !== 'number' || version < OLDEST_READABLE_VERSION) return foreign;
	const migrated = migrateProgress(data);
	const result = v.safeParse(progressSchema, migrated);
	if (result.success) return { status: 'ok', progress: result.output };
	return { status: 'unchecked', progress: emptyProgress(), raw, data: migrated, message: MESSAGES.unchecked };
}

/** Saves progress; false when the browser refused (full or blocked). */
export function writeProgress(store: KeyValueStore | undefined, progress: Progress): boolean {
	return writeItem(store, PROGRESS_KEY, JSON.stringify(progress));
}

/** Keeps a copy of unreadable stored text before anything is written over it. */
export function keepReserve(store: KeyValueStore | undefined, raw: string): boolean {
	return writeItem(store, RESERVE_KEY, raw);
}

export function clearReserve(store: KeyValueStore | undefined): boolean {
	return writeItem(store, RESERVE_KEY, null);
}

export function clearProgress(store: KeyValueStore | undefined): boolean {
	return writeItem(store, PROGRESS_KEY, null);
}
