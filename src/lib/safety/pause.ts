/**
 * The way back from the pause page: the place the learner left (page and scroll position) is
 * kept for this browser tab only, and only paths on this site are ever used as a link target.
 * Coming back through "Terug naar waar je was" brings the learner to the same place: the page
 * scrolls back, and a scenario in progress continues at the same step.
 */
import { readItem, tabStore, writeItem } from '../browser/storage';

const KEY = 'bamboe.terug';
/** Set when the learner follows the way back; read once by the page they return to. */
const RETURNING_KEY = 'bamboe.terugkeer';

interface Place {
	path: string;
	scrollY: number;
}

/** Without session storage the pause page offers the course home instead. */
export function rememberPlace(): void {
	const place: Place = { path: location.pathname + location.hash, scrollY: Math.round(window.scrollY) };
	writeItem(tabStore(), KEY, JSON.stringify(place));
}

/** The remembered path, when it is a safe path on this site other than the pause page. */
export function rememberedPlace(): string | undefined {
	return readPlace()?.path;
}

/** Called when the learner takes the way back: the page they arrive on restores its place. */
export function markReturn(): void {
	const place = readPlace();
	if (place) writeItem(tabStore(), RETURNING_KEY, JSON.stringify(place));
}

/**
 * The scroll position to restore when the learner has just come back from the pause page to
 * this path. `consume` removes the mark, so only the arrival itself restores.
 */
export function returnedTo(path: string, consume = true): { scrollY: number } | undefined {
	const place = parsePlace(readItem(tabStore(), RETURNING_KEY));
	if (!place || place.path.split('#')[0] !== path) return undefined;
	if (consume) writeItem(tabStore(), RETURNING_KEY, null);
	return { scrollY: place.scrollY };
}

function readPlace(): Place | undefined {
	return parsePlace(readItem(tabStore(), KEY));
}

function parsePlace(text: string | null): Place | undefined {
	if (!text) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		// Written by an earlier version of the course: the path alone.
		const path = safePlace(text);
		return path ? { path, scrollY: 0 } : undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { path, scrollY } = data as { path?: unknown; scrollY?: unknown };
	const safe = typeof path === 'string' ? safePlace(path) : undefined;
	if (!safe) return undefined;
	return { path: safe, scrollY: typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY > 0 ? scrollY : 0 };
}

/**
 * A path on this site, never a way out of it: `//host` and `/\host` are read by browsers as
 * another site.
 */
export function safePlace(place: string | null): string | undefined {
	if (!place || !place.startsWith('/') || place.startsWith('//') || place.startsWith('/\\') || place.startsWith('/pauze/')) {
		return undefined;
	}
	return place;
}

/**
 * Scrolls to `y` once the page is tall enough to get there (its content may still be coming
 * in), checking once per frame for a short while; never keeps watching.
 */
export function scrollBackTo(y: number, frames = 60): void {
	if (y <= 0) return;
	const attempt = (left: number) => {
		const reachable = document.documentElement.scrollHeight - window.innerHeight >= y;
		if (reachable || left === 0) {
			window.scrollTo({ top: y, behavior: 'instant' });
			return;
		}
		requestAnimationFrame(() => attempt(left - 1));
	};
	attempt(frames);
}
