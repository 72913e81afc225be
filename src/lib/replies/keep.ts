/**
 * "Bewaar mijn antwoorden": whether the words of the learner's free replies are kept with their
 * progress (and so go into an export file). Off unless the learner turns it on, and leaving the
 * words out is what happens when nobody says otherwise: a text typed to practise never reaches
 * storage by accident. The choice itself is kept on the device under its own key, apart from
 * progress: it is a setting, not something learned, and it must hold before progress is written.
 */
import * as v from 'valibot';
import { writeItem, type KeyValueStore } from '../browser/storage';
import { readChecked } from '../browser/stored-json';
import { MAX_REPLY_LENGTH } from '../progress/schema';

export const KEEP_REPLIES_KEY = 'bamboe.eigen-antwoorden';

const keepSchema = v.object({ version: v.literal(1), keep: v.boolean() });

/** False when nothing (readable) is stored: the words are kept only on the learner's say-so. */
export function readKeepReplies(store: KeyValueStore | undefined): boolean {
	return readChecked(store, KEEP_REPLIES_KEY, keepSchema)?.keep ?? false;
}

/** False when storage refuses (then the choice holds for this visit only). */
export function writeKeepReplies(store: KeyValueStore | undefined, keep: boolean): boolean {
	return writeItem(store, KEEP_REPLIES_KEY, JSON.stringify({ version: 1, keep }));
}

/**
 * A step as it may be stored: with its `replyText` only when the learner keeps their replies
 * (and the text fits the stored shape, as the reply field makes sure it does).
 */
export function keepReplyText<S extends object>(step: S, keep: boolean): S {
	if (!('replyText' in step)) return step;
	const { replyText, ...rest } = step;
	if (keep && typeof replyText === 'string' && replyText !== '' && replyText.length <= MAX_REPLY_LENGTH) return step;
	return rest as S;
}
