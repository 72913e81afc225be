import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run -s moves -- ...args` as a person would (without npm's own start-up). */
function run(args: string[], input?: string) {
	const result = spawnSync('node', ['scripts/run-ts.js', 'scripts/moves.ts', ...args], { input, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('moves command', () => {
	it('prints one JSON object per line, in order, empty lines included, and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'moves-'));
		const file = join(dir, 'replies.txt');
		writeFileSync(file, 'Ik kan niet beloven dat het goed komt.\n\nJe hoeft niks te vertellen, jij bepaalt.\r\nHm\n');
		const { code, stdout, stderr } = run([file]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.map((line) => JSON.parse(line))).toEqual([
			{ text: 'Ik kan niet beloven dat het goed komt.', moves: ['eerlijk-grenzen'], evidence: [{ move: 'eerlijk-grenzen', words: 'niet beloven' }] },
			{ text: '', moves: [], evidence: [] },
			{
				text: 'Je hoeft niks te vertellen, jij bepaalt.',
				moves: ['keuze-geven'],
				evidence: [{ move: 'keuze-geven', words: 'hoeft niks … jij bepaalt' }]
			},
			{ text: 'Hm', moves: [], evidence: [] }
		]);
	}, 30_000);

	it('reads standard input for -', () => {
		const { code, stdout } = run(['-'], 'Dat klinkt eenzaam\nkomt goed joh');
		expect(code).toBe(0);
		expect(stdout.trim().split('\n').map((line) => JSON.parse(line).moves)).toEqual([['erkennen'], ['belofte']]);
	}, 30_000);

	it('says in Dutch what is wrong, on standard error, with exit code 2', () => {
		const missing = run(['bestaat-niet.txt']);
		expect(missing.code).toBe(2);
		expect(missing.stdout).toBe('');
		expect(missing.stderr).toMatch(/Kan bestaat-niet\.txt niet lezen: het bestand bestaat niet\./);
		const none = run([]);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/^Gebruik: npm run -s moves -- BESTAND/);
	}, 30_000);
});
