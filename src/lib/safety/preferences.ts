/**
 * The learner's safety preferences, kept on the device apart from progress (they are about
 * how the course is shown, not about what was learned). Validated on read; anything unreadable
 * falls back to the defaults without being overwritten until the learner changes a setting.
 */
import * as v from 'valibot';
import { readItem, writeItem, type KeyValueStore } from '../browser/storage';

export const PREFERENCES_KEY = 'bamboe.voorkeuren';

const preferencesSchema = v.object({
	version: v.literal(1),
	/** Show interview quotes in lessons with a content note folded, behind a button. */
	collapseQuotes: v.boolean()
});

export type Preferences = v.InferOutput<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { version: 1, collapseQuotes: false };

export function readPreferences(store: KeyValueStore | undefined): Preferences {
	const raw = readItem(store, PREFERENCES_KEY);
	if (!raw) return DEFAULT_PREFERENCES;
	try {
		const result = v.safeParse(preferencesSchema, JSON.parse(raw));
		return result.success ? result.output : DEFAULT_PREFERENCES;
	} catch {
		return DEFAULT_PREFERENCES; // not JSON
	}
}

export function writePreferences(store: KeyValueStore | undefined, preferences: Preferences): boolean {
	return writeItem(store, PREFERENCES_KEY, JSON.stringify(preferences));
}
