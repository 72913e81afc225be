/**
 * Addresses inside the course, wherever it is served from: the root of a site, a folder of it,
 * or an LMS that serves the package from an address like /pluginfile.php/42/mod_scorm/content/1/.
 * Every internal address is written from the course's root ("/pauze/") and goes through `url()`,
 * which puts the base in front: a relative one ("../..") in the prerendered HTML, the real folder
 * in the browser. HTML made at build time (lessons, module introductions) gets the same with
 * `relink()`.
 */
import { base } from '$app/paths';

/** "/pauze/" as an address that works where the course is served. */
export function url(path: string): string {
	return `${base}${path}`;
}

/** Links and images in HTML made at build time, each given the base. */
export function relink(html: string): string {
	return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${base}/`);
}

/** The browser's pathname from the course's root: "/pauze/" wherever the course is served. */
export function coursePath(pathname: string): string {
	return base.startsWith('/') && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}
