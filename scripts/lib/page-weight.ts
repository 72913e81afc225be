/**
 * What a first visit to a built page loads up front, read from the built files: the HTML (with
 * the styles inlined in it) and every script and stylesheet it links to or imports, each
 * gzipped as a host would send it.
 * Byte counts, not timings: the same build always gives the same figures, so budgets on them
 * can be checked in the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Course } from '../../src/lib/content/types';
import { builtImports } from '../../src/lib/server/static-imports';

export const BUILD = 'build';

export interface PageWeight {
	html: number;
	js: number;
	css: number;
	total: number;
	/** Requests the page makes before it can respond: the HTML, its scripts and stylesheets. */
	requests: number;
	files: { file: string; bytes: number }[];
}

export function pageWeight(path: string, build = BUILD): PageWeight {
	const html = readFileSync(join(build, path, 'index.html'), 'utf8');
	const weight: PageWeight = { html: gzipSize(html), js: 0, css: 0, total: 0, requests: 1, files: [] };
	const seen = new Set<string>();
	const add = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		const bytes = gzipSize(readFileSync(file));
		if (file.endsWith('.css')) weight.css += bytes;
		else weight.js += bytes;
		weight.files.push({ file, bytes });
		// A script's static imports load before it runs, listed in the page or not.
		if (file.endsWith('.js')) for (const next of builtImports(file)) add(next);
	};
	// Linked in the head, imported by the start script, or in the list of files it preloads
	// once the page has painted (src/lib/server/paint-first.ts).
	for (const match of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*>|"([^"\s]*_app\/immutable\/[^"\s]+\.js)"/g)) {
		const href = match[1] ?? match[2]!;
		if (!/\.(js|css)$/.test(href)) continue;
		// A stylesheet SvelteKit has inlined is linked too, disabled, for later navigation: the
		// browser does not fetch it (its rules are in the HTML, counted there).
		if (/\sdisabled[\s>]/.test(match[0])) continue;
		add(join(build, new URL(href, `http://x${path}`).pathname));
	}
	weight.requests += seen.size;
	weight.total = weight.html + weight.js + weight.css;
	return weight;
}

/** One page of each type the course has, as built. */
export function pageTypes(course: Course, build = BUILD): Record<string, string> {
	const module = course.modules.find((m) => m.quiz && m.scenarios.length) ?? course.modules[0]!;
	const pages: Record<string, string> = {
		home: '/',
		module: `/${module.id}/`,
		lesson: `/${module.id}/${module.lessons[0]!.id}/`,
		quiz: `/${module.id}/toets/`
	};
	// The heaviest lesson with figures: they are drawn into the page (SVG and a table), no script.
	const heaviest = figureLessons(course).sort((a, b) => pageWeight(b, build).html - pageWeight(a, build).html)[0];
	if (heaviest) pages['lesson+figures'] = heaviest;
	const scenario = course.modules.flatMap((m) => m.scenarios)[0];
	if (scenario) pages.scenario = `/${scenario.moduleId}/scenario/${scenario.id}/`;
	for (const [name, path] of [
		['results', '/resultaten/'],
		['search', '/zoeken/'],
		['glossary', '/begrippen/']
	] as const) {
		if (existsSync(join(build, path, 'index.html'))) pages[name] = path;
	}
	return pages;
}

/** The lessons that have figures, as paths. */
export function figureLessons(course: Course): string[] {
	return course.modules.flatMap((m) => m.lessons.filter((l) => l.figures > 0).map((l) => `/${m.id}/${l.id}/`));
}

/**
 * What a lesson's figures add to its HTML (gzip): the page as built, less the page without its
 * figures and their styles (both in the HTML and in the page data the browser takes over).
 */
export function figureBytes(path: string, build = BUILD): number {
	const html = readFileSync(join(build, path, 'index.html'), 'utf8');
	const without = html
		// In the page data, "<" is written \u003C and quotes are escaped.
		.replace(/(?:<|\\u003C)figure class=\\?"fig fig-[\s\S]*?(?:<|\\u003C)\/figure>(?:\\n|\n)?/g, '')
		.replace(/<style>\.fig[\s\S]*?<\/style>/g, '')
		.replace(/figureStyles:"(?:[^"\\]|\\.)*"/g, '');
	return gzipSize(html) - gzipSize(without);
}

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
