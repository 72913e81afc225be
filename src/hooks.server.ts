import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { join, relative } from 'node:path';
import { paintFirst } from '$lib/server/paint-first';
import { builtImports } from '$lib/server/static-imports';

/** Where the client build is when pages are prerendered. */
const CLIENT = '.svelte-kit/output/client';

/** The scripts a built script imports statically, as paths from the build's root. */
const importsOf = (file: string) => builtImports(join(CLIENT, file)).map((path) => relative(CLIENT, path));

// Every page is prerendered through this: its text paints before any script loads.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, building ? { transformPageChunk: ({ html }) => paintFirst(html, importsOf) } : undefined);
