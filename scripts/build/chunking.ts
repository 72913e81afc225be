/**
 * How the browser's code is cut into files. Left to itself the bundler makes a file for every
 * set of pages that shares some code: a lesson then needs about 30 small files before it can
 * respond, each a request. Here, everything every page loads anyway (the framework, the layout
 * and what it imports) goes into one file, `shell`: found by following the static imports from
 * SvelteKit's client entry, its app manifest and the root layout. Two more files gather what
 * would otherwise be many small ones: code that six or more pages import (`shared`), and the
 * scoring code (`scoring`). Code that only runs after a click (scenario machines, search, the
 * analyser, the workshop's editor) is imported dynamically, so it is in none of these and still
 * loads only when needed. `npm run bench` and the budgets in `npm test` measure the result.
 */
import type { Plugin } from 'vite';

/** The modules every page loads before it can respond, as far as the client build knows them. */
const ROOTS = [/[\\/]generated[\\/]client-optimized[\\/]app\.js$/, /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]0\.js$/, /[\\/]runtime[\\/]client[\\/]entry\.js$/];

/**
 * Code imported by this many pages or more goes into the one shared file. Measured on the
 * course (`npm run bench`): with 2, every page carries about 8 KB it does not use; with 9, a
 * lesson needs 14 files; 6 keeps every page type near 10 requests for about 1 KB more.
 */
const SHARED_BY = 6;

/** A page's own entry (node 0 is the root layout, part of the shell). */
const PAGE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;

/** Scoring: small modules that the pages showing results (and the player) use together. */
const SCORING = /[\\/]src[\\/]lib[\\/]scoring[\\/]/;

export function pageChunks(): {
	plugin: Plugin;
	inShell: (id: string) => boolean;
	inShared: (id: string) => boolean;
	inScoring: (id: string) => boolean;
} {
	const shell = new Set<string>();
	const shared = new Set<string>();
	const plugin: Plugin = {
		name: 'bamboe-page-chunks',
		apply: 'build',
		buildEnd() {
			if (this.environment.name !== 'client') return;
			shell.clear();
			const queue = [...this.getModuleIds()].filter((id) => ROOTS.some((root) => root.test(id)));
			for (const id of queue) {
				if (shell.has(id)) continue;
				shell.add(id);
				queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
			// What many pages import besides the shell (breadcrumbs, progress updates): one file,
			// instead of a small one for every set of pages that shares some of it.
			shared.clear();
			const pagesUsing = new Map<string, number>();
			for (const page of this.getModuleIds()) {
				const match = PAGE.exec(page);
				if (!match || match[1] === '0') continue;
				const seen = new Set<string>();
				const pending = [...(this.getModuleInfo(page)?.importedIds ?? [])];
				for (const id of pending) {
					if (seen.has(id) || shell.has(id)) continue;
					seen.add(id);
					pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
				}
				for (const id of seen) pagesUsing.set(id, (pagesUsing.get(id) ?? 0) + 1);
			}
			for (const [id, pages] of pagesUsing) if (pages >= SHARED_BY) shared.add(id);
		}
	};
	// The roots themselves stay in their own files: the app manifest imports every page
	// dynamically, and SvelteKit, listing what a page needs, follows a file's dynamic imports
	// for styles and marks what it finds as seen; in the shared file it would hide the pages'
	// own imports from their preload lists.
	return {
		plugin,
		inShell: (id) => shell.has(id) && !ROOTS.some((root) => root.test(id)),
		inShared: (id) => shared.has(id),
		inScoring: (id) => SCORING.test(id) && !shell.has(id) && !shared.has(id)
	};
}
