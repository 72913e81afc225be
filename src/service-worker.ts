/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Makes the whole course available offline after the first visit (a training day without wifi
 * must work): every page, script, style and the search index are cached when this version
 * installs. A new version waits until the page tells it to take over, so the learner is told
 * first and nothing changes under their hands. Progress lives in localStorage and is never
 * touched here.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `bamboe-${version}`;
/** The page for addresses that are no page of the course (adapter-static's fallback). */
const NOT_FOUND_PAGE = '/404.html';
const ASSETS = [...new Set([...build, ...files, ...prerendered, NOT_FOUND_PAGE])];
/** Every page the course has, with the data file the client router fetches for it. */
const PAGES = new Set(prerendered);

sw.addEventListener('install', (event) => {
	// addAll is all-or-nothing: a version counts as installed only when everything is cached.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			// Serve the pages that are already open too, so the first visit works offline at once.
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'bamboe.activate') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// The URL without its query: /zoeken/?q=... is the same page as /zoeken/.
	const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(url.pathname));
	if (cached) return cached;
	try {
		const response = await fetch(request);
		// Page data the client router asks for (__data.json) is kept for later offline use.
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch {
		return offline(request, url, cache);
	}
}

/**
 * Offline, and not in the cache. An address that is no page of the course gets the course's own
 * "niet gevonden" page (and its data request a plain 404, so that page says so too); anything
 * else that could not be fetched says it is not available offline.
 */
async function offline(request: Request, url: URL, cache: Cache): Promise<Response> {
	const page = url.pathname.replace(/__data\.json$/, '');
	if (!PAGES.has(page)) {
		const notFound = request.mode === 'navigate' ? await cache.match(NOT_FOUND_PAGE) : undefined;
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		if (request.mode !== 'navigate') return new Response(null, { status: 404 });
	}
	return new Response('Deze pagina is offline niet beschikbaar.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
