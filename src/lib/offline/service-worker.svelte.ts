/**
 * Registers the service worker and follows its state for the indicator and the update notice.
 * One instance for the site.
 */
import { url } from '../paths';
import { CACHE_CHECK, offlineState, readCacheReport, type CacheReport, type OfflineState } from './status';

class OfflineSupport {
	state = $state<OfflineState>('preparing');
	/** A new version of the course is ready and waits for the learner's go-ahead. */
	updateReady = $state(false);
	private registration: ServiceWorkerRegistration | undefined;
	/** What the active worker last said its cache holds; unknown until it answers. */
	private cache: CacheReport | undefined;
	private checkedWorker: ServiceWorker | undefined;
	private started = false;

	async start() {
		if (this.started) return;
		this.started = true;
		const supported = 'serviceWorker' in navigator;
		if (!supported) {
			this.state = offlineState(undefined, false);
			return;
		}
		try {
			// Some browsers (and blocked service workers) resolve without a registration.
			this.registration = (await navigator.serviceWorker.register(url('/service-worker.js'), { type: 'module' })) ?? undefined;
		} catch {
			this.registration = undefined;
		}
		const registration = this.registration;
		if (!registration) {
			this.state = offlineState(undefined, true);
			return;
		}
		const refresh = () => {
			if (registration.active && registration.active !== this.checkedWorker) this.checkCache(registration.active, refresh);
			this.state = offlineState(registration, true, this.cache);
			// A waiting worker while another one is active is a new version, not the first install.
			this.updateReady = Boolean(registration.waiting && registration.active);
		};
		refresh();
		registration.addEventListener('updatefound', () => {
			registration.installing?.addEventListener('statechange', refresh);
			refresh();
		});
		registration.installing?.addEventListener('statechange', refresh);
		registration.waiting?.addEventListener('statechange', refresh);
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			// The new version took over after the learner asked for it: show it.
			if (this.reloadOnChange) location.reload();
			refresh();
		});
		// Files that could not be fetched again are tried once more when the connection is back.
		addEventListener('online', () => {
			if (this.state !== 'incomplete' || !registration.active) return;
			this.checkCache(registration.active, refresh);
		});
	}

	/** Asks the worker what its cache holds; it answers, and again once it has fetched what was missing. */
	private checkCache(worker: ServiceWorker, refresh: () => void) {
		this.checkedWorker = worker;
		this.cache = undefined;
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => {
			this.cache = readCacheReport(event.data);
			refresh();
		};
		worker.postMessage(CACHE_CHECK, [channel.port2]);
	}

	private reloadOnChange = false;

	/** The learner chose to switch to the new version: progress stays, the page reloads. */
	activateUpdate() {
		const waiting = this.registration?.waiting;
		if (!waiting) return;
		this.reloadOnChange = true;
		waiting.postMessage('bamboe.activate');
	}
}

export const offline = new OfflineSupport();
