/**
 * The learner's progress as reactive state for components: one instance for the whole site.
 *
 * Every change is applied to what is stored at that moment, not to what this page read when it
 * opened: another tab of the course may have saved something since, and a change made here
 * must never write over it. Changes from other tabs also show up here (the `storage` event).
 *
 * Stored data that can't be read is never written over until the learner has chosen: keep it
 * (and work on without saving), download it as it is, save the readable part of it (a copy of
 * the whole is kept aside first), or start again.
 */
import { emptyProgress, PROGRESS_KEY, type Progress } from './schema';
import { deviceStore } from '../browser/storage';
import { clearProgress, clearReserve, keepReserve, readProgress, writeProgress, type ReadResult, type ReadStatus } from './storage';

const UNSAVED =
	'Je voortgang kon niet worden opgeslagen (de opslag van je browser is vol of geblokkeerd). Wat je nu doet, geldt alleen zolang deze pagina openstaat.';

class ProgressState {
	progress = $state<Progress>(emptyProgress());
	status = $state<ReadStatus>('empty');
	/** A Dutch message for the learner when stored data can't be used. */
	message = $state<string | undefined>(undefined);
	/** True once the browser has read storage (pages wait for it before showing progress). */
	loaded = $state(false);
	/** The stored text that could not be read, for the learner to download as it is. */
	unreadable = $state<string | undefined>(undefined);
	/** While unreadable data is stored and the learner has not chosen, we never write. */
	private holdWrites = false;
	/**
	 * Told after every change of the progress here or of whether it may be saved: made on this
	 * page, read from storage, rescued or reset (an LMS bridge listens; the pages don't need it).
	 */
	private listeners = new Set<(progress: Progress) => void>();

	/** Calls `listener` after every change; returns a function that stops it. */
	onChange(listener: (progress: Progress) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	load() {
		if (this.loaded) return;
		this.apply(readProgress(deviceStore()));
		this.loaded = true;
		globalThis.addEventListener?.('storage', (event: StorageEvent) => {
			// null: the whole storage was cleared (e.g. "clear site data" in another tab).
			if (event.key === PROGRESS_KEY || event.key === null) this.apply(readProgress(deviceStore()));
		});
	}

	private apply(result: ReadResult) {
		if (result.status === 'unchecked') {
			// Not valid as a whole: hold everything while the rescue code (loaded only now) finds
			// out what is readable.
			this.holdWrites = true;
			this.status = result.status;
			this.unreadable = result.raw;
			void import('./rescue').then(({ rescueRead }) => this.apply(rescueRead(result)));
			return;
		}
		this.progress = result.progress;
		this.status = result.status;
		this.message = 'message' in result ? result.message : undefined;
		this.unreadable = 'raw' in result ? result.raw : undefined;
		this.holdWrites = 'raw' in result;
		this.tell();
	}

	private tell() {
		for (const listener of this.listeners) listener(this.progress);
	}

	/** Applies a change to the progress stored now, and saves it (when allowed). */
	update(change: (progress: Progress) => Progress) {
		this.load();
		if (this.holdWrites) {
			this.progress = change(this.progress);
			this.tell();
			return;
		}
		const stored = readProgress(deviceStore());
		if ('raw' in stored) {
			// Something this version can't read arrived since (another tab, a newer version):
			// keep it, and let the learner choose, as on arrival.
			this.apply(stored);
			this.progress = change(this.progress);
			this.tell();
			return;
		}
		// When the last write failed (storage full), what is stored lacks the change made then;
		// no other tab could write either, so this page's progress is the newest.
		const base = stored.status === 'unavailable' || this.status === 'unavailable' ? this.progress : stored.progress;
		const next = change(base);
		this.progress = next;
		if (next === base && stored.status !== 'unavailable') return;
		if (writeProgress(deviceStore(), next)) {
			this.status = 'ok';
			if (this.message === UNSAVED) this.message = undefined;
		} else {
			this.status = 'unavailable';
			this.message = UNSAVED;
		}
		this.tell();
	}

	/**
	 * Adds imported progress to what is stored now, with `merge` (see merge.ts for the rules,
	 * passed in so that pages without an import don't load them). Refused while unreadable
	 * stored data awaits the learner's choice: saving would overwrite that data.
	 */
	importProgress(merge: (current: Progress) => Progress): 'blocked' | 'saved' | 'this-visit' {
		this.load();
		if (this.holdWrites) return 'blocked';
		this.update(merge);
		return this.saving ? 'saved' : 'this-visit';
	}

	/** True while stored data can't be read and must not be overwritten. */
	get blocked(): boolean {
		return this.holdWrites;
	}

	/** True when part of the stored data is readable and can be saved on its own. */
	get rescuable(): boolean {
		return this.status === 'damaged';
	}

	/** Keep the unreadable data untouched; work on without saving during this visit. */
	keepStored() {
		this.message = undefined;
	}

	/**
	 * Save the readable part of damaged data. The whole of what was stored is copied aside
	 * first; when even that copy can't be made, nothing is written.
	 */
	useReadablePart(): boolean {
		if (!this.rescuable || this.unreadable === undefined) return false;
		const store = deviceStore();
		if (!keepReserve(store, this.unreadable) || !writeProgress(store, this.progress)) return false;
		this.status = 'ok';
		this.message = undefined;
		this.unreadable = undefined;
		this.holdWrites = false;
		this.tell();
		return true;
	}

	/** Delete what is stored (and any copy kept aside) and start with empty progress. */
	reset() {
		clearProgress(deviceStore());
		clearReserve(deviceStore());
		this.apply({ status: 'empty', progress: emptyProgress() });
	}

	get saving(): boolean {
		return !this.holdWrites && this.status !== 'unavailable';
	}
}

export const progressState = new ProgressState();
