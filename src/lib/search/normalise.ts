/**
 * Dutch word normalisation for search. The SAME function turns words into index keys at build
 * time (as lunr's pipeline) and turns the learner's words into keys in the browser, and it is
 * used a third time to find which words of a text to highlight. One function, three uses: a
 * word is found, and marked, exactly when its key equals a key of the query.
 *
 * A word goes through four steps:
 *
 * 1. Spelling (`foldSpelling`): lower case; diacritics folded (NFKD, marks removed), so
 *    `dissociëren` = `dissocieren` and `cliënt` = `client`; the plural/possessive `'s` cut
 *    (`schema's` -> `schema`, `baby's` -> `baby`); other apostrophe forms are clitics
 *    (`zo'n`, `m'n`, `'t`) and dropped, as are one-letter fragments (`e.a.`, `§ 5.1`).
 * 2. Stop words: lunr-languages' Dutch list (`lunr.nl.stopWordFilter`), checked on the folded
 *    surface form. Stop words never reach the index, so queries must drop them too: a query of
 *    only stop words has no keys and returns no results instead of matching everything.
 * 3. Snowball's Dutch stemmer (`lunr.nl.stemmer`), with one step before it: the plural `-s`
 *    after an unstressed `-e` (`beloftes`, `emoties`, `relaties`), which Snowball leaves alone
 *    because it only strips an `-s` after a consonant.
 * 4. `joinInflections`, after Snowball, because Snowball does not join a weak verb's forms:
 *    it gives `mishandeling` -> `mishandel` but `mishandelde` -> `mishandeld`, and
 *    `verwaarlozing` -> `verwaarloz` but `verwaarloosd` -> `verwaarloosd`. Three rules,
 *    all standard Dutch morphology:
 *    a. the weak verb ending: a final `-d`/`-t` after a consonant, with at least four letters
 *       left, is the participle/past/present ending (`mishandeld`, `beloofd`, `mishandelt`) or
 *       the noun suffix `-te` whose `-e` Snowball already took (`belofte` -> `beloft`);
 *    b. Dutch spelling doubles a long vowel in a closed syllable (`loos`, `loof`) and writes it
 *       single in an open one (`lozen`, `loven`); once (a) has closed the syllable again we
 *       undouble, exactly as Snowball's own last step does (`verwaarloos` -> `verwaarlos`);
 *    c. final devoicing: `z`/`v` at the end of a stem alternate with `s`/`f`
 *       (`verwaarlozen`/`verwaarloos`, `beloven`/`belofte`, `huizen`/`huis`), so a final
 *       `z`/`v` becomes `s`/`f`;
 *    d. Latinate nouns in `-atie` pair with verbs in `-eren`, whose stem Snowball gives as
 *       `-er`: `dissociatie`/`dissociëren` -> `dissocier`, likewise `isolatie`/`isoleren`,
 *       `regulatie`/`reguleren`, `informatie`/`informeren`.
 *    Result: mishandelde, mishandeling, mishandeld, mishandelen, mishandelt -> `mishandel`;
 *    verwaarloosd, verwaarlozing, verwaarlozen -> `verwaarlos`; beloftes, belofte, beloven,
 *    beloofd -> `belof`; while `handeling` -> `handel` and `beloning` -> `belon` stay apart.
 *
 * Why after Snowball and not instead of it, measured on the course text plus the source report
 * (3,453 distinct content words, while designing this):
 * - Snowball alone: 2,872 keys; the three families above stay split into 2, 2 and 3 keys.
 * - Snowball + these rules: 2,604 keys; each family is one key. 226 keys now join words that
 *   Snowball kept apart; read one by one, nearly all are forms of one word (`voel`: voelen
 *   voelt voelde; `keus`: keuze keuzes; `reguler`: reguleren reguleert regulatie). The
 *   collisions found are a handful of pairs of different words on one stem: `maand`/`man`,
 *   `zwart`/`zwaar`, `waarde`/`waar`, `sport`/`spoor`, `lezen`/`les`, `leven`/`lef`. They cost
 *   a little precision on those words only.
 * - The rules with a naive suffix strip (-ingen, -ing, -en, -es, -e, -s) instead of Snowball:
 *   2,843 keys and the families join too, but 30 words are cut to one or two letters (`open` ->
 *   `op`, `zien` -> `zi`, `eten` -> `et`, `heen` -> `he`): Snowball's R1/R2 regions, which
 *   never strip inside the first syllable, are what keeps short words whole.
 *
 * Not handled (left open): the `ge-` prefix of participles (`genegeerd` vs `negeren`: cutting
 * `ge-` would also cut `geweld`, `gezin`, `gevoel`); compounds (`groepstherapie` is one word,
 * reached only by prefix while typing); typos in an ending (`verwaarlozng`), see `query.ts`.
 */
import { foldLetters, wordSpans, type WordSpan } from '../words';
import { dutch, lunr } from './dutch-lunr';

export { wordSpans, type WordSpan };

const APOSTROPHE = /['’‘ʼ]/u;
const APOSTROPHE_S = /['’‘ʼ]s$/u;

/**
 * Step 1: the spelling-level form of a word, or '' for a fragment that carries no meaning on its
 * own (a clitic like `zo'n`, a single letter or digit).
 */
export function foldSpelling(word: string): string {
	let folded = foldLetters(word);
	if (APOSTROPHE.test(folded)) {
		if (!APOSTROPHE_S.test(folded)) return '';
		folded = folded.slice(0, -2);
		if (APOSTROPHE.test(folded)) return '';
	}
	return folded.length > 1 ? folded : '';
}

/** Step 2: whether a folded word is on lunr-languages' Dutch stop-word list. */
export function isStopWord(folded: string): boolean {
	return dutch.stopWordFilter(folded) === undefined;
}

/** `beloftes` -> `belofte`, `emoties` -> `emotie`; not `vrees` (long `ee`), not `les` (short). */
const PLURAL_S_AFTER_E = /^(.{2,}[^e]e)s$/;
/** Rule (a): a final d/t after a consonant, leaving at least four letters. */
const WEAK_VERB_ENDING = /^(.{3,}[^aeiouyè])[dt]$/;
/**
 * Rule (b), Snowball's "undouble vowel" (double a/e/o/u before a final consonant), also after a
 * vowel so that the `-ieer` of `dissocieert` meets the `-ier` of `dissociëren`.
 */
const CLOSED_LONG_VOWEL = /(aa|ee|oo|uu)([^aeiouyè])$/;
/** Rule (c): final devoicing. */
const VOICED_FINAL: Record<string, string> = { z: 's', v: 'f' };
/** Rule (d): `dissociatie` -> `dissocier`, at least three letters before `-atie` (not `natie`). */
const LATINATE_NOUN = /^(.{3,})atie$/;

/**
 * Step 4: joins the forms of one word that Snowball leaves apart (rules a-d at the top of this
 * file). Input is Snowball's output.
 */
export function joinInflections(stem: string): string {
	const latinate = LATINATE_NOUN.exec(stem);
	if (latinate) return `${latinate[1]}er`;
	let joined = stem;
	const weakVerb = WEAK_VERB_ENDING.exec(joined);
	if (weakVerb) {
		joined = weakVerb[1]!.replace(CLOSED_LONG_VOWEL, (_, vowel: string, after: string) => vowel[0] + after);
	}
	const last = joined.at(-1) ?? '';
	const devoiced = VOICED_FINAL[last];
	return devoiced ? joined.slice(0, -1) + devoiced : joined;
}

/** Step 3 and 4: the stem of a folded, non-stop word. */
export function stemDutch(folded: string): string {
	return joinInflections(dutch.stemmer(folded.replace(PLURAL_S_AFTER_E, '$1')));
}

const cache = new Map<string, string | null>();
/** Texts repeat their words; bounded so a long session cannot grow it without limit. */
const CACHE_LIMIT = 50_000;

/**
 * The index key of a word as written, or undefined when the word is not indexed (stop word,
 * fragment). Used for documents at build time and for queries and highlights in the browser.
 */
export function normaliseWord(word: string): string | undefined {
	const cached = cache.get(word);
	if (cached !== undefined) return cached ?? undefined;
	const folded = foldSpelling(word);
	const key = folded === '' || isStopWord(folded) ? null : stemDutch(folded);
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(word, key);
	return key ?? undefined;
}

/** The index keys of a text, in order (stop words and fragments left out). */
export function normaliseText(text: string): string[] {
	const keys: string[] = [];
	for (const { word } of wordSpans(text)) {
		const key = normaliseWord(word);
		if (key !== undefined) keys.push(key);
	}
	return keys;
}

/**
 * The normaliser as lunr pipeline step, stored by label in the serialised index. Registered here
 * so that loading an index anywhere this module is imported finds it.
 */
export const NORMALISE_STEP_LABEL = 'bamboe-normalise-nl';

const normaliseStep: lunr.PipelineFunction = (token) => {
	const key = normaliseWord(token.toString());
	return key === undefined ? undefined : token.update(() => key);
};

if (!(NORMALISE_STEP_LABEL in lunr.Pipeline.registeredFunctions)) {
	lunr.Pipeline.registerFunction(normaliseStep, NORMALISE_STEP_LABEL);
}

/** The registered step (the first registration wins if this module is evaluated twice). */
export const normalisePipelineStep: lunr.PipelineFunction =
	lunr.Pipeline.registeredFunctions[NORMALISE_STEP_LABEL]!;
