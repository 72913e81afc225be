/** The training switches of `tab-flags.ts` as reactive state, shared by every training page. */
import { tabStore } from '../browser/storage';
import { PRESENTATION_KEY, readTabFlag, SCORES_HIDDEN_KEY, writeTabFlag } from './tab-flags';

class TabFlag {
	value = $state(false);
	private loaded = false;

	constructor(private readonly key: string) {}

	/** Reads the tab's choice; call in the browser (onMount). */
	load() {
		if (this.loaded) return;
		this.value = readTabFlag(tabStore(), this.key);
		this.loaded = true;
	}

	set(on: boolean) {
		this.loaded = true;
		this.value = on;
		writeTabFlag(tabStore(), this.key, on);
	}
}

export const scoresHidden = new TabFlag(SCORES_HIDDEN_KEY);
export const presenting = new TabFlag(PRESENTATION_KEY);
