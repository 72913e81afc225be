/**
 * Turns a heading or a term into an id for URLs and anchors: lower case, accents folded,
 * anything else joined by single dashes. "Complexe PTSS (CPTSS)" -> "complexe-ptss-cptss".
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Lower-case words joined by single dashes: the form every id in `modules/` must have. The two
 * object internals this form could spell (see `reserved.ts`) are left out; callers say why first.
 */
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A numbered name, `03-late-gevolgen`: the number sets the order, the rest is the id. */
export const NUMBERED = /^(\d+)-(.+)$/;
