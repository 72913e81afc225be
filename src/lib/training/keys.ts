/**
 * The trainer's keyboard shortcuts: which key does what, and when a key must be left alone
 * (typing in a field, a browser shortcut, Space on a button that Space already presses).
 */

export type TrainingCommand =
	| { type: 'choose'; number: number }
	| { type: 'reveal' }
	| { type: 'back' }
	| { type: 'forward' }
	| { type: 'restart' };

/** The parts of a KeyboardEvent that matter here; tests pass plain objects. */
export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/** The part of an Element that matters here. */
export interface KeyTarget {
	closest(selector: string): unknown;
}

/** Where typed keys belong to the field: digits, Space, arrows and R all mean something there. */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog';
/** Controls that Space already activates; a shortcut on top would do two things at once. */
const SPACE_CONTROLS = 'button, a[href], summary, [role="button"], [role="switch"], [role="checkbox"]';

/** The shortcut list as the page shows it (and as the help text reads it out). */
export const SHORTCUTS: { keys: string; does: string }[] = [
	{ keys: '1 tot 9', does: 'kies het antwoord met dat nummer' },
	{ keys: 'Spatie', does: 'toon de feedback' },
	{ keys: 'Pijl rechts', does: 'verder naar de volgende beslissing' },
	{ keys: 'Pijl links', does: 'terug naar de vorige beslissing' },
	{ keys: 'R', does: 'opnieuw beginnen (je krijgt eerst een vraag)' }
];

export function commandForKey(press: KeyPress, target: KeyTarget | null): TrainingCommand | null {
	// Ctrl+R reloads, Alt+Left goes back in history: those belong to the browser.
	if (press.ctrlKey || press.metaKey || press.altKey) return null;
	if (target?.closest(TYPING)) return null;
	const { key } = press;
	if (/^[1-9]$/.test(key)) return { type: 'choose', number: Number(key) };
	if (key === ' ' || key === 'Spacebar') return target?.closest(SPACE_CONTROLS) ? null : { type: 'reveal' };
	if (key === 'ArrowLeft') return { type: 'back' };
	if (key === 'ArrowRight') return { type: 'forward' };
	if (key === 'r' || key === 'R') return { type: 'restart' };
	return null;
}
