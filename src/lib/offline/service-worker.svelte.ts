/**
 * Registers the service worker and follows its state for the indicator and the update notice.
 * One instance for the site.
 */
import { offlineState, type OfflineState } from './status';

class OfflineSupport {
	state = $state<OfflineState>('preparing');
	/** A new version of the course is ready and waits for the learner's go-ahead. */
	updateReady = $state(false);
	private registration: ServiceWorkerRegistration | undefined;
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
			this.registration = await navigator.serviceWorker.register('/service-worker.js', { type: 'module' });
		} catch {
			this.state = 'failed';
			return;
		}
		const registration = this.registration;
		const refresh = () => {
			this.state = offlineState(registration, true);
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
