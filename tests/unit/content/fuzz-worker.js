// Runs `loadCourse` for the content fuzz test in its own thread, so a case that hangs can be
// stopped (a loop in the main thread could not be) and reported as the failure it is.
import { parentPort as port, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

if (!port) throw new Error('fuzz-worker.js runs as a worker thread only');
const parentPort = port;

const { module } = await runnerImport(resolve(workerData.root, 'src/lib/content/load.ts'), {
	logLevel: 'error',
	configFile: false,
	resolve: { alias: { $lib: resolve(workerData.root, 'src/lib') } }
});

parentPort.on('message', async ({ id, dir }) => {
	try {
		const result = await module.loadCourse(dir);
		parentPort.postMessage({ id, ok: true, accepted: result.course !== undefined, problems: result.problems });
	} catch (error) {
		parentPort.postMessage({ id, ok: false, error: error instanceof Error ? error.stack : String(error) });
	}
});
parentPort.postMessage({ ready: true });
