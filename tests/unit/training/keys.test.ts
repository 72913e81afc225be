import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS, type KeyTarget } from '$lib/training/keys';

/** A stand-in for an element: matches the selectors of the given tag names and roles. */
function target(...matches: string[]): KeyTarget {
	return { closest: (selector: string) => (matches.some((m) => selector.split(/,\s*/).includes(m)) ? {} : null) };
}

const page = target();

describe('commandForKey', () => {
	it('maps 1 to 9 to choosing that number', () => {
		for (let n = 1; n <= 9; n++) expect(commandForKey({ key: String(n) }, page)).toEqual({ type: 'choose', number: n });
		expect(commandForKey({ key: '0' }, page)).toBeNull();
	});

	it('maps Space, the arrows and R', () => {
		expect(commandForKey({ key: ' ' }, page)).toEqual({ type: 'reveal' });
		expect(commandForKey({ key: 'ArrowLeft' }, page)).toEqual({ type: 'back' });
		expect(commandForKey({ key: 'ArrowRight' }, page)).toEqual({ type: 'forward' });
		expect(commandForKey({ key: 'r' }, page)).toEqual({ type: 'restart' });
		expect(commandForKey({ key: 'R' }, page)).toEqual({ type: 'restart' });
		expect(commandForKey({ key: 'ArrowUp' }, page)).toBeNull();
		expect(commandForKey({ key: 'ArrowDown' }, page)).toBeNull();
		expect(commandForKey({ key: 'Enter' }, page)).toBeNull();
		expect(commandForKey({ key: ' ' }, null)).toEqual({ type: 'reveal' });
	});

	it("maps a presenter remote's keys: PageDown and PageUp move, B and '.' blank the screen", () => {
		expect(commandForKey({ key: 'PageDown' }, page)).toEqual({ type: 'forward' });
		expect(commandForKey({ key: 'PageUp' }, page)).toEqual({ type: 'back' });
		for (const key of ['b', 'B', '.']) expect(commandForKey({ key }, page)).toEqual({ type: 'blank' });
	});

	it('maps A (all feedback), F (full screen), P (pause) and Escape (out of presentation mode), either case', () => {
		for (const [key, type] of [
			['a', 'revealAll'],
			['f', 'fullscreen'],
			['p', 'pause']
		] as const) {
			expect(commandForKey({ key }, page)).toEqual({ type });
			expect(commandForKey({ key: key.toUpperCase() }, page)).toEqual({ type });
		}
		expect(commandForKey({ key: 'Escape' }, page)).toEqual({ type: 'leave' });
		for (const key of ['c', 'x', 'Tab', 'Home', 'F5', 'Shift']) expect(commandForKey({ key }, page), key).toBeNull();
	});

	it('never fires while typing in a field, or inside the restart dialog', () => {
		for (const field of ['input', 'textarea', 'select', '[contenteditable="true"]', 'dialog']) {
			for (const key of ['1', ' ', 'ArrowLeft', 'ArrowRight', 'PageDown', 'r', 'a', 'b', 'f', 'p', 'Escape']) {
				expect(commandForKey({ key }, target(field)), `${key} in ${field}`).toBeNull();
			}
		}
	});

	it('leaves Space to buttons, links and summaries, which it already presses', () => {
		for (const control of ['button', 'a[href]', 'summary']) {
			expect(commandForKey({ key: ' ' }, target(control))).toBeNull();
			expect(commandForKey({ key: '2' }, target(control))).toEqual({ type: 'choose', number: 2 });
			expect(commandForKey({ key: 'ArrowRight' }, target(control))).toEqual({ type: 'forward' });
		}
	});

	it('leaves browser shortcuts alone (Ctrl+R, Alt+Left, Cmd+1)', () => {
		expect(commandForKey({ key: 'r', ctrlKey: true }, page)).toBeNull();
		expect(commandForKey({ key: 'ArrowLeft', altKey: true }, page)).toBeNull();
		expect(commandForKey({ key: '1', metaKey: true }, page)).toBeNull();
		// Ctrl+F finds, Ctrl+P prints, Ctrl+A selects all.
		for (const key of ['f', 'p', 'a', 'b']) expect(commandForKey({ key, ctrlKey: true }, page)).toBeNull();
	});
});

describe('SHORTCUTS', () => {
	it('describes every shortcut in Dutch', () => {
		expect(SHORTCUTS.map((s) => s.keys)).toEqual([
			'1 tot 9',
			'Spatie',
			'A',
			'Pijl rechts of Page Down',
			'Pijl links of Page Up',
			'F',
			'B of punt',
			'P',
			'Escape',
			'R'
		]);
	});
});
