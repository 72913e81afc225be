/**
 * Which link and image addresses content may use. Lessons are HTML in learners' browsers, so an
 * address is judged by an allow-list, never a deny-list: `javascript:`, `data:`, `vbscript:`
 * and whatever else a browser might run are refused because they are not on it.
 */

/** Web pages elsewhere, mail, phone, pages of the course (`/…`) and headings on the page (`#…`). */
export function isAllowedLink(href: string): boolean {
	return /^(?:https?:\/\/[^\s]|mailto:|tel:)/i.test(href) || isCoursePath(href) || /^#/.test(href);
}

/**
 * Images come from the course itself: one from another website would break offline use and tell
 * that website who reads the course.
 */
export function isAllowedImage(src: string): boolean {
	return isCoursePath(src);
}

/**
 * A path on this site: starts with one `/`. Browsers read `//host` and `/\host` as another
 * website, and ignore tabs and newlines inside an address, so a backslash or a control character
 * anywhere makes it something else.
 */
function isCoursePath(href: string): boolean {
	return /^\/(?![/\\])/.test(href) && !/[\\\u0000-\u001f\u007f]/.test(href);
}
