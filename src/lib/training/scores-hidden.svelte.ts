/** Whether scores are hidden in training, as reactive state shared by every training page. */
import { tabStore } from '../browser/storage';
import { readScoresHidden, writeScoresHidden } from './scores-hidden';

class ScoresHidden {
	value = $state(false);
	private loaded = false;

	/** Reads the tab's choice; call in the browser (onMount). */
	load() {
		if (this.loaded) return;
		this.value = readScoresHidden(tabStore());
		this.loaded = true;
	}

	set(hidden: boolean) {
		this.loaded = true;
		this.value = hidden;
		writeScoresHidden(tabStore(), hidden);
	}
}

export const scoresHidden = new ScoresHidden();
