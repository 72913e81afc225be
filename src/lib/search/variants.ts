/**
 * Spellings people type that the course writes another way. The tokenizer splits words at a
 * hyphen (`co-morbiditeit` is indexed as `co` + `morbiditeit`), so the closed spelling most
 * people type (`comorbiditeit`, the standard one) would find nothing; an English or synonym
 * form (`PTSD`, `zelfeffectiviteit`) neither. Each entry maps the typed form (spelling-folded,
 * see normalise.ts) to the course's own spelling, whose words are then searched in its place.
 * The unit tests check that every course spelling here really occurs in the course.
 */
import { own } from '../own';
import { normaliseText } from './normalise';

export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
	comorbiditeit: 'co-morbiditeit',
	psychoeducatie: 'psycho-educatie',
	metaanalyse: 'meta-analyse',
	metaanalyses: 'meta-analyse',
	coregulator: 'co-regulator',
	burnout: 'burn-out',
	selfefficacy: 'self-efficacy',
	zelfeffectiviteit: 'self-efficacy',
	ptsd: 'PTSS',
	traumagefocust: 'traumagericht',
	traumagefocuste: 'traumagerichte'
};

/** Parts of a hyphenated spelling shorter than this (`co-`) say too little on their own. */
const MIN_PART_LENGTH = 3;

/** The index keys to search for a typed word that the course spells otherwise; [] if none. */
export function variantKeys(folded: string): string[] {
	const spelling = own(SPELLING_VARIANTS, folded);
	if (!spelling) return [];
	return normaliseText(spelling).filter((key) => key.length >= MIN_PART_LENGTH);
}
