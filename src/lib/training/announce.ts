/**
 * Short Dutch messages for the screen's live region: what just changed, in a sentence, so
 * a trainer using a screen reader (or anyone who looked away) knows where the session is.
 * They never mention scores: those are shown only when the trainer wants them.
 */
import type { TrainingView } from './types';

export type TrainingAction = 'start' | 'resume' | 'choose' | 'reveal' | 'revealAll' | 'back' | 'forward' | 'restart';

export function announce(action: TrainingAction, view: TrainingView): string {
	if (view.kind === 'end') {
		const outcome = view.outcome ? ` Uitkomst: ${view.outcome}.` : '';
		return action === 'back' || action === 'resume'
			? `Het einde van het gesprek.${outcome}`
			: `Einde van het gesprek.${outcome} Hieronder staat de weg van de groep.`;
	}
	const where = `Beslissing ${view.number}.`;
	const chosen = view.chosen ? ` De groep koos ${view.chosen.number}.` : '';
	switch (action) {
		case 'choose':
			return view.chosen
				? `De groep kiest ${view.chosen.number}: ${sentence(view.chosen.label)} Druk op spatie om de feedback te tonen.`
				: where;
		case 'reveal':
			return 'De feedback staat op het scherm.';
		case 'revealAll':
			return `De feedback op alle ${view.choices.length} antwoorden staat op het scherm.`;
		case 'back':
			return `Terug naar beslissing ${view.number}.${chosen}${view.chosen ? ' Kies je nu iets anders, dan vervallen de stappen erna.' : ''}`;
		case 'restart':
			return `Opnieuw begonnen. ${where}`;
		case 'resume':
			return `Je gaat verder waar je was. ${where}${chosen}`;
		default:
			return `${where}${chosen} ${view.choices.length} antwoorden om uit te kiezen.`;
	}
}

/** Said when a key asks for something that is not possible right now. */
export function notPossible(command: 'choose' | 'reveal' | 'revealAll' | 'forward' | 'back', view: TrainingView, number?: number): string {
	if (view.kind === 'end') {
		return command === 'back' ? '' : 'Het gesprek is afgelopen. Met pijl links kijk je terug, met R begin je opnieuw.';
	}
	switch (command) {
		case 'choose':
			return `Er is geen antwoord ${number}. Kies 1 tot en met ${view.choices.length}.`;
		case 'reveal':
			return view.chosen ? 'De feedback staat al op het scherm.' : 'Kies eerst het antwoord van de groep; daarna toon je de feedback.';
		case 'revealAll':
			if (view.alternatives) return 'De feedback op alle antwoorden staat al op het scherm.';
			return view.chosen
				? 'Toon eerst de feedback op de keuze van de groep, met spatie; daarna die op alle antwoorden.'
				: 'Kies eerst het antwoord van de groep en toon de feedback; daarna die op alle antwoorden.';
		case 'forward':
			return 'Kies eerst het antwoord van de groep.';
		case 'back':
			return 'Dit is de eerste beslissing.';
	}
}

/** Ends a label with a full stop, unless it already ends like a sentence or a quotation. */
function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?'"”’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What the screen itself does (not the session), said in the live region. */
export const SCREEN_MESSAGES = {
	blank: 'Het scherm is zwart. Druk op een toets of klik om terug te gaan.',
	unblank: 'Het scherm is terug.',
	presenting: 'Presentatiemodus aan: alleen het scenario staat op het scherm. Escape zet hem uit, P opent Pauze.',
	notPresenting: 'Presentatiemodus uit.',
	noFullscreen: 'Volledig scherm kan hier niet. Gebruik de toets van je browser (vaak F11).'
} as const;
