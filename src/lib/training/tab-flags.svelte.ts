/** The training switches of `tab-flags.ts` as reactive state, shared by every training page. */
import { tabStore } from '../browser/storage';
import { StoredSetting } from '../browser/stored-setting.svelte';
import { PRESENTATION_KEY, readTabFlag, SCORES_HIDDEN_KEY, writeTabFlag } from './tab-flags';

const tabFlag = (key: string) =>
	new StoredSetting(
		false,
		() => readTabFlag(tabStore(), key),
		(on) => writeTabFlag(tabStore(), key, on)
	);

export const scoresHidden = tabFlag(SCORES_HIDDEN_KEY);
export const presenting = tabFlag(PRESENTATION_KEY);
