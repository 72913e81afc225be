/**
 * The learner's progress as reactive state for components: one instance for the whole site.
 * It reads storage once in the browser, and saves after each change, unless stored data could
 * not be read: then nothing is written until the learner has chosen to keep or reset it.
 */
import { mergeProgress, type MergeCounts } from './merge';
import { emptyProgress, type Progress } from './schema';
import { deviceStore } from '../browser/storage';
import { clearProgress, readProgress, writeProgress, type ReadResult } from './storage';

type Status = ReadResult['status'];

class ProgressState {
	progress = $state<Progress>(emptyProgress());
	status = $state<Status>('empty');
	/** A Dutch message for the learner when stored data can't be used. */
	message = $state<string | undefined>(undefined);
	/** True once the browser has read storage (pages wait for it before showing progress). */
	loaded = $state(false);
	/** While unreadable data is stored and the learner has not chosen, we never write. */
	private holdWrites = false;

	load() {
		if (this.loaded) return;
		const result = readProgress(deviceStore());
		this.progress = result.progress;
		this.status = result.status;
		this.message = 'message' in result ? result.message : undefined;
		this.holdWrites = result.status === 'corrupt' || result.status === 'foreign' || result.status === 'future';
		this.loaded = true;
	}

	/** Applies a change and saves it (when allowed). */
	update(change: (progress: Progress) => Progress) {
		this.load();
		this.progress = change(this.progress);
		if (!this.holdWrites && this.status !== 'unavailable') {
			if (!writeProgress(deviceStore(), this.progress)) {
				this.status = 'unavailable';
				this.message = 'Je voortgang kon niet worden opgeslagen (de opslag van je browser is vol of geblokkeerd).';
			} else this.status = 'ok';
		}
	}

	/**
	 * Merges imported progress into what is here (see merge.ts for the rules) and saves it.
	 * Refused while unreadable stored data awaits the learner's choice, even after "laten staan":
	 * saving the merge would overwrite that data, and merging with it is impossible.
	 */
	importProgress(incoming: Progress): { outcome: 'blocked' } | { outcome: 'saved' | 'this-visit'; added: MergeCounts } {
		this.load();
		if (this.holdWrites) return { outcome: 'blocked' };
		const { progress, added, changed } = mergeProgress(this.progress, incoming);
		if (changed) this.update(() => progress);
		return { outcome: this.saving ? 'saved' : 'this-visit', added };
	}

	/** True while stored data can't be read and must not be overwritten. */
	get blocked(): boolean {
		return this.holdWrites;
	}

	/** Keep the unreadable data untouched; work on without saving during this visit. */
	keepStored() {
		this.message = undefined;
	}

	/** Delete what is stored and start with empty progress. */
	reset() {
		clearProgress(deviceStore());
		this.progress = emptyProgress();
		this.status = 'empty';
		this.message = undefined;
		this.holdWrites = false;
	}

	get saving(): boolean {
		return !this.holdWrites && this.status !== 'unavailable';
	}
}

export const progressState = new ProgressState();
