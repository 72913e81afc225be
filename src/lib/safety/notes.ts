/**
 * Content notes the learner has already answered with "go on" in this browser tab, so going
 * back to a lesson does not ask again; a new visit asks again, as it should.
 */
const KEY = 'bamboe.waarschuwingen-gezien';

function seen(): string[] {
	try {
		const list: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
	} catch {
		return [];
	}
}

export function noteSeen(key: string): boolean {
	return seen().includes(key);
}

export function markNoteSeen(key: string): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify([...new Set([...seen(), key])]));
	} catch {
		// Without session storage the note is simply shown again next time.
	}
}
