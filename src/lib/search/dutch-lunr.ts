/**
 * lunr with lunr-languages' Dutch support loaded, once, for both the build (index) and the
 * browser (queries). Every module in this folder takes `lunr` from here, so the Dutch stemmer and
 * stop-word filter are always registered before an index is built or loaded (`Index.load` refuses
 * a pipeline whose functions are not registered).
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutchSupport from 'lunr-languages/lunr.nl.js';

/** What lunr.nl.js adds to lunr (its bundled types describe it only loosely). */
interface DutchLanguage {
	/** Snowball's Dutch stemmer; takes a token or a lower-case string. */
	stemmer: lunr.PipelineFunction & ((word: string) => string);
	/** lunr-languages' Dutch stop-word list as a pipeline step: returns nothing for a stop word. */
	stopWordFilter: lunr.PipelineFunction & ((word: string) => string | undefined);
}

type LunrWithDutch = typeof lunr & { nl?: DutchLanguage };

const withDutch = lunr as LunrWithDutch;
// Guarded so a second import in the same realm (tests, dev server reloads) does not re-register
// the functions, which makes lunr print "Overwriting existing registered function".
if (!withDutch.nl) {
	stemmerSupport(lunr);
	dutchSupport(lunr);
}

export const dutch: DutchLanguage = withDutch.nl!;
export { lunr };
