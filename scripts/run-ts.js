#!/usr/bin/env node
// Runs a TypeScript file from src/ or scripts/ with Vite's module runner (TypeScript, the $lib
// alias, the same transforms as the build), so scripts share code with the site instead of
// copying it. Usage: node scripts/run-ts.js scripts/validate.ts [args...]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [file] = process.argv.slice(2);
if (!file) {
	console.error('Gebruik: node scripts/run-ts.js <bestand.ts> [argumenten]');
	process.exit(2);
}
// tsconfig.json extends the one `svelte-kit sync` writes; a fresh checkout may not have it yet
// (npm install makes it, a copy of the files does not), and TypeScript cannot be read without.
if (!existsSync(resolve('.svelte-kit/tsconfig.json'))) {
	try {
		execFileSync(process.execPath, [resolve('node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], { stdio: 'ignore' });
	} catch {
		console.error('De TypeScript-instellingen ontbreken (.svelte-kit/). Draai eerst: npx svelte-kit sync');
		process.exit(2);
	}
}
// `$lib` is the one alias the shared code uses; the full Kit plugin is not needed to run it.
const { module } = await runnerImport(resolve(file), {
	logLevel: 'error',
	resolve: { alias: { $lib: resolve('src/lib') } }
});
if (typeof module.main === 'function') {
	const code = await module.main(process.argv.slice(3));
	process.exitCode = typeof code === 'number' ? code : 0;
}
