/**
 * Drafts of the scenario workshop, kept on the device under their own key, apart from the
 * learner's progress (which this module never reads or writes). Several drafts, each by name.
 * What is stored is checked when it is read; a draft that cannot be read is never silently
 * written over: the whole stored text is copied aside first (`DRAFTS_RESERVE_KEY`).
 */
import * as v from 'valibot';
import { readItem, writeItem, type KeyValueStore } from '../browser/storage';
import type { DraftTarget } from './check';

export const DRAFTS_KEY = 'bamboe.werkplaats.concepten';
/** Where stored drafts that could not all be read are kept before anything is saved over them. */
export const DRAFTS_RESERVE_KEY = 'bamboe.werkplaats.concepten.reserve';
const VERSION = 1;

const draftSchema = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
	target: v.object({ folder: v.string(), fileName: v.string() }),
	text: v.string(),
	/** ISO date of the last save. */
	savedAt: v.string()
});

export type Draft = v.InferOutput<typeof draftSchema>;

export interface DraftsRead {
	/** Every draft that could be read, newest first. */
	drafts: Draft[];
	/** Stored text that is not (entirely) readable drafts; kept aside before the next save. */
	unreadable?: { raw: string; lost: number };
}

export function readDrafts(store: KeyValueStore | undefined): DraftsRead {
	const raw = readItem(store, DRAFTS_KEY);
	if (raw === null) return { drafts: [] };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { drafts: [], unreadable: { raw, lost: 1 } };
	}
	const stored = v.safeParse(v.object({ version: v.literal(VERSION), drafts: v.array(v.unknown()) }), data);
	if (!stored.success) return { drafts: [], unreadable: { raw, lost: 1 } };
	const drafts = stored.output.drafts.flatMap((item) => {
		const draft = v.safeParse(draftSchema, item);
		return draft.success ? [draft.output] : [];
	});
	const lost = stored.output.drafts.length - drafts.length;
	return { drafts: newestFirst(drafts), ...(lost > 0 && { unreadable: { raw, lost } }) };
}

/** Saves a draft under its name (replacing one of the same name); false when storage refuses. */
export function saveDraft(store: KeyValueStore | undefined, draft: { name: string; target: DraftTarget; text: string }, now: Date): boolean {
	const current = readForWriting(store);
	if (!current) return false;
	const saved: Draft = { ...draft, name: draft.name.trim(), savedAt: now.toISOString() };
	return write(store, [saved, ...current.filter((d) => d.name !== saved.name)]);
}

export function deleteDraft(store: KeyValueStore | undefined, name: string): boolean {
	const current = readForWriting(store);
	if (!current) return false;
	return write(store, current.filter((d) => d.name !== name));
}

/** A name not yet taken: `base`, or `base (2)`, `base (3)`, ... */
export function freeName(base: string, drafts: readonly Draft[]): string {
	const taken = new Set(drafts.map((d) => d.name));
	if (!taken.has(base)) return base;
	let n = 2;
	while (taken.has(`${base} (${n})`)) n++;
	return `${base} (${n})`;
}

/** The drafts to write over, after keeping anything unreadable aside; undefined when that fails. */
function readForWriting(store: KeyValueStore | undefined): Draft[] | undefined {
	const { drafts, unreadable } = readDrafts(store);
	// An earlier copy aside is never replaced: it is the oldest state nothing has been saved over.
	if (unreadable && readItem(store, DRAFTS_RESERVE_KEY) === null && !writeItem(store, DRAFTS_RESERVE_KEY, unreadable.raw)) return undefined;
	return drafts;
}

function write(store: KeyValueStore | undefined, drafts: Draft[]): boolean {
	return writeItem(store, DRAFTS_KEY, JSON.stringify({ version: VERSION, drafts: newestFirst(drafts) }));
}

function newestFirst(drafts: Draft[]): Draft[] {
	return [...drafts].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
