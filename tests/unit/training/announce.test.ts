import { describe, expect, it } from 'vitest';
import { announce, notPossible } from '$lib/training/announce';
import { choose, goBack, goForward, reveal, revealAll, startSession } from '$lib/training/session';
import { deriveView } from '$lib/training/view';
import { validFixture } from '../scenario/fixtures';

const valid = validFixture('valid');
const start = startSession(valid);
const chosen = choose(valid, start, 1);
const end = goForward(valid, choose(valid, goForward(valid, choose(valid, start, 0)), 0));

describe('announce', () => {
	it('says where the session is after each action', () => {
		expect(announce('start', deriveView(valid, start))).toBe('Beslissing 1. 2 antwoorden om uit te kiezen.');
		expect(announce('choose', deriveView(valid, chosen))).toBe(
			'De groep kiest 2: Uit de verwijsbrief begrijp ik dat je depressief bent. Druk op spatie om de feedback te tonen.'
		);
		expect(announce('reveal', deriveView(valid, reveal(chosen)))).toBe('De feedback staat op het scherm.');
		expect(announce('revealAll', deriveView(valid, revealAll(reveal(chosen))))).toBe('De feedback op alle 2 antwoorden staat op het scherm.');
		expect(announce('restart', deriveView(valid, start))).toBe('Opnieuw begonnen. Beslissing 1.');
		expect(announce('back', deriveView(valid, goBack(goForward(valid, chosen))))).toBe(
			'Terug naar beslissing 1. De groep koos 2. Kies je nu iets anders, dan vervallen de stappen erna.'
		);
		expect(announce('resume', deriveView(valid, chosen))).toBe('Je gaat verder waar je was. Beslissing 1. De groep koos 2.');
	});

	it('names the outcome at the ending, and never a score', () => {
		const text = announce('forward', deriveView(valid, end));
		expect(text).toBe('Einde van het gesprek. Uitkomst: open. Hieronder staat de weg van de groep.');
		expect(text).not.toMatch(/\d/);
	});
});

describe('notPossible', () => {
	it('explains why a key did nothing', () => {
		const view = deriveView(valid, start);
		expect(notPossible('choose', view, 5)).toBe('Er is geen antwoord 5. Kies 1 tot en met 2.');
		expect(notPossible('reveal', view)).toMatch(/Kies eerst/);
		expect(notPossible('forward', view)).toMatch(/Kies eerst/);
		expect(notPossible('back', view)).toBe('Dit is de eerste beslissing.');
		expect(notPossible('reveal', deriveView(valid, reveal(chosen)))).toBe('De feedback staat al op het scherm.');
		expect(notPossible('forward', deriveView(valid, end))).toMatch(/afgelopen/);
		expect(notPossible('revealAll', view)).toMatch(/^Kies eerst het antwoord van de groep en toon de feedback/);
		expect(notPossible('revealAll', deriveView(valid, chosen))).toMatch(/^Toon eerst de feedback op de keuze van de groep, met spatie/);
		expect(notPossible('revealAll', deriveView(valid, revealAll(reveal(chosen))))).toBe('De feedback op alle antwoorden staat al op het scherm.');
	});
});
