/**
 * The page's side of the workshop's check: requests go to the worker (`check.worker.ts`), the
 * latest one only (`LatestOnly`), and each result comes back to `done`.
 */
import type { CheckRequest } from './check.worker';
import type { DraftCheck } from './check';
import { LatestOnly } from './latest-only';

export function createChecker(done: (result: DraftCheck, request: CheckRequest) => void): { check(request: CheckRequest): void; stop(): void } {
	const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
	const latest = new LatestOnly<CheckRequest, DraftCheck>(
		(request) =>
			new Promise((resolve) => {
				worker.onmessage = (event: MessageEvent<DraftCheck>) => resolve(event.data);
				worker.postMessage(request);
			}),
		done
	);
	return { check: (request) => latest.request(request), stop: () => worker.terminate() };
}
