/**
 * The trainer's keyboard shortcuts: which key does what, and when a key must be left alone
 * (typing in a field, a browser shortcut, Space on a button that Space already presses).
 * Presenter remotes ("clickers") send PageDown and PageUp to move, and B or "." to blank the
 * screen, so those work too.
 */

export type TrainingCommand =
	| { type: 'choose'; number: number }
	| { type: 'reveal' }
	| { type: 'revealAll' }
	| { type: 'back' }
	| { type: 'forward' }
	| { type: 'restart' }
	| { type: 'blank' }
	| { type: 'fullscreen' }
	| { type: 'pause' }
	/** Escape: out of presentation mode (the page ignores it when not presenting). */
	| { type: 'leave' };

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
	{ keys: 'A', does: 'toon de feedback op alle antwoorden (nadat de feedback op de keuze van de groep er staat)' },
	{ keys: 'Pijl rechts of Page Down', does: 'verder naar de volgende beslissing' },
	{ keys: 'Pijl links of Page Up', does: 'terug naar de vorige beslissing' },
	{ keys: 'F', does: 'volledig scherm aan of uit (zet ook de presentatiemodus aan)' },
	{ keys: 'B of punt', does: 'zwart scherm; elke toets of klik brengt het terug' },
	{ keys: 'P', does: 'naar de pagina Pauze (de sessie blijft bewaard)' },
	{ keys: 'Escape', does: 'presentatiemodus uit' },
	{ keys: 'R', does: 'opnieuw beginnen (je krijgt eerst een vraag)' }
];

/** Letter keys, either case. */
const LETTERS: Record<string, TrainingCommand> = {
	a: { type: 'revealAll' },
	b: { type: 'blank' },
	f: { type: 'fullscreen' },
	p: { type: 'pause' },
	r: { type: 'restart' }
};

export function commandForKey(press: KeyPress, target: KeyTarget | null): TrainingCommand | null {
	// Ctrl+R reloads, Alt+Left goes back in history: those belong to the browser.
	if (press.ctrlKey || press.metaKey || press.altKey) return null;
	if (target?.closest(TYPING)) return null;
	const { key } = press;
	if (/^[1-9]$/.test(key)) return { type: 'choose', number: Number(key) };
	if (key === ' ' || key === 'Spacebar') return target?.closest(SPACE_CONTROLS) ? null : { type: 'reveal' };
	if (key === 'ArrowLeft' || key === 'PageUp') return { type: 'back' };
	if (key === 'ArrowRight' || key === 'PageDown') return { type: 'forward' };
	if (key === '.') return { type: 'blank' };
	if (key === 'Escape') return { type: 'leave' };
	return (key.length === 1 && LETTERS[key.toLowerCase()]) || null;
}
