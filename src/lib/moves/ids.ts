/**
 * The eleven conversation moves the analyser recognises in a reply. The ids are fixed: scenario
 * files and stored results will name them. Names and descriptions are for learners (labels,
 * feedback, "bedoelde je…" suggestions for authors).
 */

export const MOVE_IDS = [
	'open-vraag',
	'gesloten-vraag',
	'samenvatten',
	'erkennen',
	'keuze-geven',
	'belofte',
	'eerlijk-grenzen',
	'haast',
	'bagatelliseren',
	'advies-opleggen',
	'mens-zijn'
] as const;

export type MoveId = (typeof MOVE_IDS)[number];

export interface MoveInfo {
	/** Short Dutch label. */
	name: string;
	/** One Dutch sentence: what the move does in the conversation. */
	description: string;
	/** A typical reply with this move. */
	example: string;
}

/** Every move's Dutch label and description; the type makes sure none is missing. */
export const MOVES: Readonly<Record<MoveId, MoveInfo>> = {
	'open-vraag': { name: 'Open vraag', description: 'Een vraag die de cliënt uitnodigt om zelf te vertellen.', example: 'Hoe was het voor je om te komen?' },
	'gesloten-vraag': { name: 'Gesloten vraag', description: 'Een vraag die je met ja, nee of één feit beantwoordt.', example: 'Slaap je goed?' },
	'samenvatten': { name: 'Samenvatten', description: 'In eigen woorden teruggeven wat de cliënt zei, of checken of je het goed begrijpt.', example: 'Als ik je goed begrijp, …' },
	'erkennen': { name: 'Erkennen', description: 'Het gevoel of de ervaring van de cliënt benoemen en serieus nemen.', example: 'Dat klinkt eenzaam.' },
	'keuze-geven': { name: 'Keuze geven', description: 'De cliënt de regie, de tijd of een keuze geven.', example: 'Jij bepaalt het tempo.' },
	'belofte': { name: 'Belofte', description: 'Iets beloven of garanderen wat je als hulpverlener niet kunt waarmaken.', example: 'Het komt goed.' },
	'eerlijk-grenzen': { name: 'Eerlijk over grenzen', description: 'Eerlijk zijn over onzekerheid en over wat jij en de behandeling niet kunnen.', example: 'Ik kan niet beloven dat het overgaat.' },
	'haast': { name: 'Haast', description: 'Tijdsdruk laten merken: de klok, afronden, snel.', example: 'We hebben nog maar vijf minuten.' },
	'bagatelliseren': { name: 'Bagatelliseren', description: 'Kleiner maken, vergelijken of de cliënt de schuld geven.', example: 'Zo erg is het niet.' },
	'advies-opleggen': { name: 'Advies opleggen', description: 'Voorschrijven wat de cliënt moet doen, of voor de cliënt beslissen, ook wat diens ervaring is (er een naam of oorzaak aan geven).', example: 'Je moet het je moeder vertellen.' },
	'mens-zijn': { name: 'Mens zijn', description: 'Iets van jezelf laten zien: wat het verhaal met je doet, of een eigen ervaring.', example: 'Je verhaal raakt me.' }
};

const KNOWN = new Set<string>(MOVE_IDS);

export function isMoveId(value: string): value is MoveId {
	return KNOWN.has(value);
}
