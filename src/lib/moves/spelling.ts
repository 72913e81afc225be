/**
 * What people type is not what a rule lists: `ff`, `k`, `t`, `nie`, `heeeel`, `begijp`. Each
 * word of a reply is folded (lower case, no diacritics) and then brought to the form the rules
 * use: informal spellings by a fixed list, typos by one edit towards a word the rules know.
 */
import { foldLetters } from '../words';

/** Informal and chat spellings, and clitics, with the word the rules use for them. */
const INFORMAL: Readonly<Record<string, string>> = {
	ff: 'even',
	effe: 'even',
	efkes: 'even',
	evn: 'even',
	k: 'ik',
	"'k": 'ik',
	t: 'het',
	"'t": 'het',
	nie: 'niet',
	nt: 'niet',
	da: 'dat',
	wa: 'wat',
	wrm: 'waarom',
	mss: 'misschien',
	miss: 'misschien',
	idd: 'inderdaad',
	egt: 'echt',
	oke: 'ok',
	okay: 'ok',
	okee: 'ok',
	okey: 'ok',
	"m'n": 'mijn',
	"z'n": 'zijn',
	"d'r": 'haar',
	ge: 'je',
	zn: 'zijn',
	mn: 'mijn',
	n: 'een'
};

/** Words this long may have one letter changed: `eensaam` -> `eenzaam`. */
const SUBSTITUTION_FROM = 7;
const APOSTROPHES = /[’‘ʼ]/gu;
/** Three or more of the same letter: typed for emphasis (`heeeel`, `echttt`). */
const STRETCHED = /(\p{L})\1{2,}/gu;

/** The folded, informal-free form of one word, before typo correction. */
export function spellWord(word: string): string {
	const folded = foldLetters(word).replace(APOSTROPHES, "'").replace(STRETCHED, '$1$1');
	return INFORMAL[folded] ?? folded;
}

/**
 * Typo correction towards the words the rules name (`targets`). A word is changed only when it
 * is neither a target nor one of the other `known` words, has at least five letters, keeps its
 * first letter, and is one edit away from exactly one target (see `oneEdit`); a changed letter
 * counts only from seven letters on. Shorter words are left alone: too many real words are one
 * letter apart (`slaap`/`slaag`, `niet`/`niets`, `moet`/`moest`).
 */
export function typoCorrector(targets: Iterable<string>, known: Iterable<string> = []): (word: string) => string {
	const all = new Set([...targets, ...known]);
	const byLength = new Map<number, string[]>();
	for (const word of new Set(targets)) {
		if (word.length < 5) continue;
		const list = byLength.get(word.length) ?? byLength.set(word.length, []).get(word.length)!;
		list.push(word);
	}
	const cache = new Map<string, string>();
	return (word) => {
		if (word.length < 5 || all.has(word)) return word;
		const cached = cache.get(word);
		if (cached !== undefined) return cached;
		// A letter added, dropped or swapped is a likelier slip than a letter changed, so it wins a tie:
		// `pijnlijkk` is `pijnlijk`, not `pijnlijke`.
		const found: Record<Edit, string[]> = { shift: [], change: [] };
		for (const length of [word.length - 1, word.length, word.length + 1]) {
			for (const candidate of byLength.get(length) ?? []) {
				const edit = candidate[0] === word[0] ? oneEdit(word, candidate) : undefined;
				if (edit === 'shift' || (edit === 'change' && word.length >= SUBSTITUTION_FROM)) found[edit].push(candidate);
			}
		}
		const best = found.shift.length > 0 ? found.shift : found.change;
		const corrected = best.length === 1 ? best[0]! : word;
		if (cache.size > 5000) cache.clear();
		cache.set(word, corrected);
		return corrected;
	};
}

/** `shift`: a letter added or dropped, or two neighbours swapped; `change`: one letter changed. */
export type Edit = 'shift' | 'change';

/** How b differs from a by one edit, or undefined when it does not (or a === b). */
export function oneEdit(a: string, b: string): Edit | undefined {
	if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length !== b.length) {
		const rest = a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
		return rest ? 'shift' : undefined;
	}
	if (a.slice(i + 1) === b.slice(i + 1)) return 'change';
	return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 'shift' : undefined;
}
