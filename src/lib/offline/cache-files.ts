/**
 * Which files the service worker keeps for offline use, and which of them a cache lacks. Plain
 * functions, so tests can check them without a worker.
 */

/** Files in static/ that only the host reads (response headers, redirects); hosts do not serve them. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** Every file of the built course, once each, without the host's own files. */
export function courseFiles(...lists: readonly (readonly string[])[]): string[] {
	return [...new Set(lists.flat())].filter((path) => !HOST_FILES.has(path));
}

/** The course files (paths) that a cache holding `cachedUrls` lacks. */
export function missingFiles(files: readonly string[], cachedUrls: readonly string[]): string[] {
	const cached = new Set(cachedUrls.map((url) => new URL(url, 'http://localhost').pathname));
	return files.filter((file) => !cached.has(new URL(file, 'http://localhost').pathname));
}
