/** Names of the files the learner downloads (kept apart, so pages can name a file cheaply). */

/** The marker that tells our files apart from any other JSON a learner might pick. */
export const EXPORT_FORMAT = 'bamboe-voortgang';

/** `bamboe-voortgang-2026-03-14.json`, with the learner's local date. */
export function exportFileName(now: Date, kind: string = EXPORT_FORMAT): string {
	return `${kind}-${localDate(now)}.json`;
}

/** `2026-03-14`: the day as it is where the learner is, not in UTC. */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
