/**
 * The labels a comparison table (`vergelijking`) may put on a row: what the report says about
 * the research behind a finding. A fixed set, so the same word always means the same thing and
 * no table grades evidence the report does not grade. Each label is text with a small shape
 * beside it (never colour alone); the shape is decoration, the word carries the meaning.
 */
export const BADGES = {
	bewezen: {
		label: 'Bewezen effectief',
		meaning: 'Het rapport noemt de behandeling bewezen effectief voor deze klachten.',
		shape: '<circle cx="6" cy="6" r="5" fill="currentColor"/>'
	},
	'meta-analyse': {
		label: 'Meta-analyse',
		meaning: 'Een studie die de resultaten van veel onderzoeken samen bekijkt.',
		shape: '<path d="M2 3h8M2 6h8M2 9h8" stroke="currentColor" stroke-width="1.6" fill="none"/>'
	},
	pilotstudie: {
		label: 'Pilotstudie',
		meaning: 'Een eerste, kleine verkenning; er is meer onderzoek nodig.',
		shape: '<circle cx="6" cy="6" r="4.5" stroke="currentColor" stroke-width="1.5" fill="none"/><circle cx="6" cy="6" r="1.6" fill="currentColor"/>'
	},
	'niet-gerandomiseerd': {
		label: 'Niet gerandomiseerd',
		meaning: 'Toeval bepaalde niet wie welke behandeling kreeg, dus een eerlijke vergelijking ontbreekt.',
		shape: '<circle cx="6" cy="6" r="4.5" stroke="currentColor" stroke-width="1.5" fill="none"/><path d="M2.8 9.2l6.4-6.4" stroke="currentColor" stroke-width="1.5"/>'
	},
	praktijk: {
		label: 'Uit de praktijk',
		meaning: 'Gebaseerd op wat in de praktijk werkt; nog niet getoetst in gerandomiseerd onderzoek met controlegroepen.',
		shape: '<rect x="1.5" y="1.5" width="9" height="9" rx="1.5" stroke="currentColor" stroke-width="1.5" fill="none"/>'
	},
	'meer-onderzoek': {
		label: 'Meer onderzoek nodig',
		meaning: 'De onderzoekers vragen zelf om meer onderzoek.',
		shape: '<path d="M6 11V9.5M3.8 4.3a2.3 2.3 0 1 1 3.4 2c-.8.5-1.2 1-1.2 1.9" stroke="currentColor" stroke-width="1.5" fill="none" stroke-linecap="round"/>'
	},
	'niet-beschreven': {
		label: 'Opzet niet beschreven',
		meaning: 'Het rapport beschrijft niet hoe het onderzoek was opgezet.',
		shape: '<circle cx="6" cy="6" r="4.5" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.6" fill="none"/>'
	}
} as const;

export type BadgeId = keyof typeof BADGES;
export const BADGE_IDS = Object.keys(BADGES) as BadgeId[];