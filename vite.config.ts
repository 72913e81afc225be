import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as Load from './src/lib/content/load';
import type * as Problems from './src/lib/content/problems';

/** Loads a module of ours through Vite's module runner (TypeScript, as the site sees it). */
async function load<T>(file: string): Promise<T> {
	return (await runnerImport<T>(resolve(file), { logLevel: 'error', configFile: false })).module;
}

/**
 * Checks modules/ before anything is built, so broken content stops the build at once with the
 * same list `npm run validate` prints, instead of a stack trace from the middle of prerendering.
 */
function courseContent(): Plugin {
	let checked = false;
	return {
		name: 'bamboe-course-content',
		apply: 'build',
		async buildStart() {
			if (checked) return; // the build runs twice (client and server); once is enough
			checked = true;
			const { loadCourse } = await load<typeof Load>('src/lib/content/load.ts');
			const { ContentError, formatProblem } = await load<typeof Problems>('src/lib/content/problems.ts');
			const { problems } = await loadCourse(process.cwd());
			for (const warning of problems.filter((p) => p.severity === 'warning')) this.warn(formatProblem(warning));
			if (!problems.some((p) => p.severity === 'error')) return;
			this.error(`${new ContentError(problems).message}\n\nDe cursus is niet gebouwd. Los de fouten op en draai npm run validate.`);
		}
	};
}

export default defineConfig({
	plugins: [courseContent(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
