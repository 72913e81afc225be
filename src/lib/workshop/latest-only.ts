/**
 * Runs an asynchronous job for the latest request only: while one runs, newer requests replace
 * each other, and when it finishes the newest one runs. Typing in the workshop asks for a check
 * on every change; this checks as fast as the checks go, never queues stale text, and needs no
 * timer.
 */
export class LatestOnly<Request, Result> {
	private running = false;
	private waiting: { request: Request } | undefined;

	constructor(
		private readonly run: (request: Request) => Promise<Result>,
		private readonly done: (result: Result, request: Request) => void
	) {}

	request(request: Request): void {
		if (this.running) {
			this.waiting = { request };
			return;
		}
		void this.start(request);
	}

	private async start(request: Request): Promise<void> {
		this.running = true;
		try {
			const result = await this.run(request);
			// A newer request supersedes this result: it is checked next and shown then.
			if (!this.waiting) this.done(result, request);
		} finally {
			this.running = false;
			const next = this.waiting;
			this.waiting = undefined;
			if (next) void this.start(next.request);
		}
	}
}
