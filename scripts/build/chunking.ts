/**
 * How the browser's code is cut into files. Left to itself the bundler makes a file for every
 * set of pages that shares some code: a lesson then needs about 30 small files before it can
 * respond, each a request. Here, everything every page loads anyway (the framework, the layout
 * and what it imports) goes into one file, `shell`: found by following the static imports from
 * SvelteKit's client entry, its app manifest and the root layout. Code that only runs after a
 * click (scenario machines, search, the analyser, the workshop's editor) is imported
 * dynamically, so it is never part of the shell and still loads only when needed.
 */
import type { Plugin } from 'vite';

/** The modules every page loads before it can respond, as far as the client build knows them. */
const ROOTS = [/[\\/]generated[\\/]client-optimized[\\/]app\.js$/, /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]0\.js$/, /[\\/]runtime[\\/]client[\\/]entry\.js$/];

export function pageChunks(): { plugin: Plugin; inShell: (id: string) => boolean } {
	const shell = new Set<string>();
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
		}
	};
	return { plugin, inShell: (id) => shell.has(id) };
}
