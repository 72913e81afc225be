/** "Bewaar mijn antwoorden" as reactive state for the scenario page: one instance for the site. */
import { deviceStore } from '../browser/storage';
import { StoredSetting } from '../browser/stored-setting.svelte';
import { readKeepReplies, writeKeepReplies } from './keep';

export const replyKeeping = new StoredSetting(
	false,
	() => readKeepReplies(deviceStore()),
	(keep) => writeKeepReplies(deviceStore(), keep)
);
