/** "Bewaar mijn antwoorden" as reactive state for the scenario page: one instance for the site. */
import { deviceStore } from '../browser/storage';
import { readKeepReplies, writeKeepReplies } from './keep';

class ReplyKeepingState {
	value = $state(false);
	private loaded = false;

	/** The learner's choice, read from the device the first time (not from markup: it may write state). */
	load(): boolean {
		if (!this.loaded) {
			this.value = readKeepReplies(deviceStore());
			this.loaded = true;
		}
		return this.value;
	}

	set(keep: boolean) {
		this.loaded = true;
		this.value = keep;
		writeKeepReplies(deviceStore(), keep);
	}
}

export const replyKeeping = new ReplyKeepingState();
