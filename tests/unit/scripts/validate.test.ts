/**
 * `npm run validate` on a fresh checkout: only the tracked files, no `.svelte-kit/` yet (no
 * install step has run `svelte-kit sync`). It must check the content, not fail on TypeScript setup.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validFiles } from '../content/fixture';

describe('npm run validate', () => {
	it('works on a checkout without .svelte-kit/', () => {
		const root = mkdtempSync(join(tmpdir(), 'bamboe-checkout-'));
		try {
			for (const path of ['package.json', 'tsconfig.json', 'svelte.config.js', 'vite.config.ts', 'scripts', 'src']) {
				cpSync(resolve(path), join(root, path), { recursive: true });
			}
			symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
			for (const [path, text] of Object.entries(validFiles)) {
				mkdirSync(dirname(join(root, path)), { recursive: true });
				writeFileSync(join(root, path), text);
			}
			const output = execFileSync(process.execPath, ['scripts/run-ts.js', 'scripts/validate.ts'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
			expect(output).toContain('✓ Cursus in orde: 1 modules, 2 lessen, 1 toetsvragen');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}, 120_000);
});
