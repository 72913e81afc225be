/**
 * The learner's safety preferences, kept on the device apart from progress (they are about
 * how the course is shown, not about what was learned). Validated on read; anything unreadable
 * falls back to the defaults without being overwritten until the learner changes a setting.
 */
import * as v from 'valibot';
import { writeItem, type KeyValueStore } from '../browser/storage';
import { readChecked } from '../browser/stored-json';

export const PREFERENCES_KEY = 'bamboe.voorkeuren';

const preferencesSchema = v.object({
	version: v.literal(1),
	/** Show interview quotes in lessons with a content note folded, behind a button. */
	collapseQuotes: v.boolean()
});

export type Preferences = v.InferOutput<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { version: 1, collapseQuotes: false };

export function readPreferences(store: KeyValueStore | undefined): Preferences {
	return readChecked(store, PREFERENCES_KEY, preferencesSchema) ?? DEFAULT_PREFERENCES;
}

export function writePreferences(store: KeyValueStore | undefined, preferences: Preferences): boolean {
	return writeItem(store, PREFERENCES_KEY, JSON.stringify(preferences));
}
