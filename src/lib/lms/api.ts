/**
 * Finding the LMS's SCORM run-time API the way the SCORM run-time environment prescribes: look
 * in the window's parents (at most a few levels up), then in the window that opened it and that
 * window's parents. SCORM 2004 calls its API `API_1484_11`, SCORM 1.2 calls it `API`; when both
 * are there, 2004 is used. Windows of another origin can't be looked into; that is not an error,
 * just no API there.
 */

/** The SCORM 1.2 API object, as an LMS provides it. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
	LMSGetErrorString(code: string | number): string;
}

/** The SCORM 2004 API object. */
export interface Scorm2004Api {
	Initialize(arg: ''): string;
	Terminate(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	GetLastError(): string | number;
	GetErrorString(code: string | number): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How far up the chain of parent windows to look (the run-time environment's own advice is 7). */
const MAX_LEVELS = 7;

type Win = { parent?: Win | null; opener?: Win | null; API?: unknown; API_1484_11?: unknown };

export function findApi(start: Win): FoundApi | undefined {
	let opener: Win | null | undefined;
	try {
		opener = start.opener;
	} catch {
		opener = undefined;
	}
	return searchUp(start) ?? (opener ? searchUp(opener) : undefined);
}

function searchUp(start: Win): FoundApi | undefined {
	let win: Win | null | undefined = start;
	for (let level = 0; win && level <= MAX_LEVELS; level++) {
		const found = apiIn(win);
		if (found) return found;
		const parent = parentOf(win);
		if (!parent || parent === win) break;
		win = parent;
	}
	return undefined;
}

function parentOf(win: Win): Win | null | undefined {
	try {
		return win.parent;
	} catch {
		return undefined; // another origin
	}
}

function apiIn(win: Win): FoundApi | undefined {
	try {
		if (looksLike(win.API_1484_11, ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'])) {
			return { version: '2004', api: win.API_1484_11 as Scorm2004Api };
		}
		if (looksLike(win.API, ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'])) {
			return { version: '1.2', api: win.API as Scorm12Api };
		}
	} catch {
		// A window of another origin: its properties can't be read.
	}
	return undefined;
}

function looksLike(candidate: unknown, methods: string[]): boolean {
	return typeof candidate === 'object' && candidate !== null && methods.every((m) => typeof (candidate as Record<string, unknown>)[m] === 'function');
}
