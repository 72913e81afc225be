/** Names of the files the learner downloads (kept apart, so pages can name a file cheaply). */

/** The marker that tells our files apart from any other JSON a learner might pick. */
export const EXPORT_FORMAT = 'bamboe-voortgang';

/** `bamboe-voortgang-2026-03-14.json`, with the learner's local date. */
export function exportFileName(now: Date, kind: string = EXPORT_FORMAT): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${kind}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
