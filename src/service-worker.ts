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
import { base, build, files, prerendered, version } from '$service-worker';
import { courseFiles, missingFiles } from '$lib/offline/cache-files';
import { CACHE_CHECK, type CacheReport } from '$lib/offline/status';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `bamboe-${version}`;
/** The page for addresses that are no page of the course (adapter-static's fallback). */
const NOT_FOUND_PAGE = `${base}/404.html`;
const ASSETS = courseFiles(build, files, prerendered, [NOT_FOUND_PAGE]);
/** Every page the course has, with the data file the client router fetches for it. */
const PAGES = new Set(prerendered);

/**
 * Straight from the server, past the browser's HTTP cache: a host that lets HTML or page data
 * be cached for long would otherwise fill a new version's cache with the old version's pages,
 * which point to scripts that no longer exist.
 */
const fromServer = (path: string) => new Request(path, { cache: 'reload' });

sw.addEventListener('install', (event) => {
	// addAll is all-or-nothing: a version counts as installed only when everything is cached.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map(fromServer))));
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
	const port = event.ports[0];
	if (event.data === CACHE_CHECK && port) event.waitUntil(checkCache(port));
});

/**
 * Answers the page's "is everything cached?" with what the cache really holds (the browser may
 * have cleared it since install), then fetches what is missing and answers again.
 */
async function checkCache(port: MessagePort): Promise<void> {
	const cache = await caches.open(CACHE);
	const missing = missingFiles(ASSETS, (await cache.keys()).map((request) => request.url));
	const report = (answer: CacheReport) => port.postMessage(answer);
	report({ missing: missing.length, repairing: missing.length > 0 });
	if (missing.length === 0) return;
	const results = await Promise.allSettled(
		missing.map(async (path) => {
			const response = await fetch(fromServer(path));
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await cache.put(path, response);
		})
	);
	report({ missing: results.filter((result) => result.status === 'rejected').length, repairing: false });
}

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
