import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { paintFirst } from '$lib/server/paint-first';
import { staticImportsIn } from '$lib/server/static-imports';

/** Where the client build is when pages are prerendered. */
const CLIENT = '.svelte-kit/output/client';

/** The scripts a built script imports statically (`import … from "./x.js"`), as build paths. */
function importsOf(file: string): string[] {
	let code: string;
	try {
		code = readFileSync(join(CLIENT, file), 'utf8');
	} catch {
		return [];
	}
	return staticImportsIn(code).map((imported) => posix.join(posix.dirname(file), imported));
}

// Every page is prerendered through this: its text paints before any script loads.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, building ? { transformPageChunk: ({ html }) => paintFirst(html, importsOf) } : undefined);
