#!/usr/bin/env node
// `npm start`: installs dependencies when missing, builds the course, and serves the built
// files on 127.0.0.1, exactly as any static host would.
import { spawn } from 'node:child_process';
import { ensureDependencies, run } from './lib/steps.js';

const port = Number(process.env.PORT ?? 4173);

await ensureDependencies();
await run('Cursus bouwen', 'npx', ['vite', 'build']);

console.log(`\nBamboe draait op http://127.0.0.1:${port}/  (stoppen: Ctrl+C)\n`);
const server = spawn('./node_modules/.bin/sirv', ['build', '--port', String(port), '--host', '127.0.0.1', '--quiet', '--single', '404.html'], {
	stdio: 'inherit'
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
