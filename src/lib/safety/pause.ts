/**
 * The way back from the pause page: the place the learner left is kept for this browser tab
 * only, and only paths on this site are ever used as a link target.
 */
const KEY = 'bamboe.terug';

export function rememberPlace(): void {
	try {
		sessionStorage.setItem(KEY, location.pathname + location.hash);
	} catch {
		// Without session storage the pause page offers the course home instead.
	}
}

/** The remembered path, when it is a safe path on this site other than the pause page. */
export function rememberedPlace(): string | undefined {
	try {
		return safePlace(sessionStorage.getItem(KEY));
	} catch {
		return undefined;
	}
}

export function safePlace(place: string | null): string | undefined {
	if (!place || !place.startsWith('/') || place.startsWith('//') || place.startsWith('/pauze/')) return undefined;
	return place;
}
