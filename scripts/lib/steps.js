// Shared steps for `npm start` and `npm test`: run a command with a heading, and install the
// dependencies from the lock file when they are missing or older than it.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Runs a command, streaming its output; resolves with the exit code (rejects on failure when `mustPass`). */
export function run(title, command, args, { mustPass = true, env = {} } = {}) {
	console.log(`\n▶ ${title}`);
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0 && mustPass) reject(new Error(`${title} is mislukt (exitcode ${code}).`));
			else resolve(code ?? 1);
		});
	});
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies() {
	const marker = 'node_modules/.package-lock.json';
	const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
	if (stale) await run('Afhankelijkheden installeren (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']);
}
