import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

// Every page is prerendered through this: its text paints before any script loads.
export const handle: Handle = ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html }) => paintFirst(html) });
