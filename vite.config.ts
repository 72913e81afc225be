import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pageChunks } from './scripts/build/chunking';
import type * as Handover from './src/lib/content/handover';
import type * as Load from './src/lib/content/load';
import type * as Problems from './src/lib/content/problems';

/** Loads a module of ours through Vite's module runner (TypeScript, as the site sees it). */
async function load<T>(file: string): Promise<T> {
	return (await runnerImport<T>(resolve(file), { logLevel: 'error', configFile: false })).module;
}

/**
 * The one check of modules/ per build. Vite evaluates this config once per build pass (server
 * and client), so the result is kept on `globalThis`, which both passes share; the course is
 * then handed to the prerendering worker (`handover.ts`) instead of being loaded again there.
 */
const CHECK = Symbol.for('bamboe.course-check');
type Shared = typeof globalThis & { [CHECK]?: Promise<Problems.Problem[]> };

async function checkAndHandOver(root: string): Promise<Problems.Problem[]> {
	const { loadCourse } = await load<typeof Load>('src/lib/content/load.ts');
	const { handOverCourse } = await load<typeof Handover>('src/lib/content/handover.ts');
	const { course, problems } = await loadCourse(root);
	if (course) await handOverCourse(course, resolve(root, '.svelte-kit/bamboe/course.json'));
	return problems;
}

/**
 * Checks modules/ before anything is built, so broken content stops the build at once with the
 * same list `npm run validate` prints, instead of a stack trace from the middle of prerendering.
 */
function courseContent(): Plugin {
	return {
		name: 'bamboe-course-content',
		apply: 'build',
		async buildStart() {
			const shared = globalThis as Shared;
			const first = shared[CHECK] === undefined;
			const problems = await (shared[CHECK] ??= checkAndHandOver(process.cwd()));
			if (!first) return; // the first pass reported already
			const { ContentError, formatProblem } = await load<typeof Problems>('src/lib/content/problems.ts');
			for (const warning of problems.filter((p) => p.severity === 'warning')) this.warn(formatProblem(warning));
			if (!problems.some((p) => p.severity === 'error')) return;
			this.error(`${new ContentError(problems).message}\n\nDe cursus is niet gebouwd. Los de fouten op en draai npm run validate.`);
		}
	};
}

const chunks = pageChunks();

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [courseContent(), sveltekit(), chunks.plugin],
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'shell', test: chunks.inShell },
								{ name: 'shared', test: chunks.inShared },
								{ name: 'scoring', test: chunks.inScoring }
							]
						}
					}
				}
			},
	define: {
		// True only in the SCORM package build (`npm run package`); the plain site's code then
		// has no trace of the LMS bridge (the bundler drops what this guards).
		__BAMBOE_LMS__: JSON.stringify(process.env.BAMBOE_PACKAGE === 'lms')
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/unit/global-setup.ts'],
		// Hooks and tests that analyse large scenarios can be slow on a busy 2-core machine; these
		// bounds catch hangs, they do not time anything.
		hookTimeout: 120_000,
		testTimeout: 60_000
	}
}));
