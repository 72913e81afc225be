import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fitToCourse } from '$lib/progress/course-fit';
import { recordQuizAnswer } from '$lib/progress/quiz';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '$lib/progress/schema';
import {
	EXPORT_FORMAT,
	EXPORT_VERSION,
	IMPORT_MESSAGES,
	MAX_IMPORT_BYTES,
	checkImportSize,
	createExport,
	exportFileName,
	parseImport,
	serialiseExport
} from '$lib/progress/transfer';
import { markLessonRead, recordAttempt } from '$lib/progress/update';

const now = new Date('2026-03-14T12:00:00Z');

function sampleProgress(): Progress {
	let progress = markLessonRead(emptyProgress(), 'basis', 'definitie', now);
	progress = recordQuizAnswer(progress, 'basis', 10, 0, [1], true, now);
	return recordAttempt(progress, {
		scenarioId: 'intake',
		moduleId: 'basis',
		finishedAt: now.toISOString(),
		endNode: 'einde',
		outcome: 'open',
		path: [{ nodeId: 'start', choiceIndex: 0, label: 'Hoi', feedback: 'Goed', source: '§6', score: { doorvragen: 1 }, trustChange: 1 }],
		totals: { doorvragen: 1 },
		shares: { doorvragen: 0.5 }
	});
}

describe('export', () => {
	it('wraps progress in a versioned envelope with the time of export', () => {
		const progress = sampleProgress();
		expect(createExport(progress, now)).toEqual({
			format: 'bamboe-voortgang',
			version: 1,
			exportedAt: '2026-03-14T12:00:00.000Z',
			progress
		});
	});

	it('names the file after the local date', () => {
		expect(exportFileName(new Date(2026, 2, 4, 9, 30))).toBe('bamboe-voortgang-2026-03-04.json');
	});

	it('reads back exactly what was exported', () => {
		const progress = sampleProgress();
		expect(parseImport(serialiseExport(progress, now))).toEqual({ ok: true, progress, exportedAt: now.toISOString() });
	});
});

describe('import checks', () => {
	const valid = () => createExport(sampleProgress(), now) as unknown as Record<string, unknown>;

	it('refuses a file over 1 MB on its size alone, before it is read', () => {
		expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: 'tooBig', message: IMPORT_MESSAGES.tooBig });
		expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
		expect(checkImportSize(0)).toBeUndefined();
		expect(IMPORT_MESSAGES.tooBig).toBe(
			'Dit bestand is te groot (meer dan 1 MB) om een Bamboe-voortgangsbestand te zijn. Er is niets veranderd.'
		);
	});

	it('refuses oversized text too', () => {
		expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, problem: 'tooBig' });
	});

	it('refuses text that is not JSON', () => {
		expect(parseImport('{"format": "bamboe-voortgang", ')).toEqual({
			ok: false,
			problem: 'corrupt',
			message:
				'Dit bestand is beschadigd, of het is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.'
		});
		expect(parseImport('')).toMatchObject({ problem: 'corrupt' });
	});

	it('refuses JSON without our format marker', () => {
		const message =
			'Dit bestand is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.';
		expect(parseImport(JSON.stringify({ ...valid(), format: 'iets-anders' }))).toEqual({ ok: false, problem: 'foreign', message });
		// Bare progress (what is in localStorage) is not an export file either.
		expect(parseImport(JSON.stringify(sampleProgress()))).toMatchObject({ problem: 'foreign' });
		expect(parseImport('[1, 2, 3]')).toMatchObject({ problem: 'foreign' });
		expect(parseImport('null')).toMatchObject({ problem: 'foreign' });
		expect(parseImport('"bamboe-voortgang"')).toMatchObject({ problem: 'foreign' });
	});

	it('refuses a file from a newer version of the course, saying so', () => {
		const message = 'Dit bestand komt uit een nieuwere versie van de cursus. Deze versie kan het niet lezen. Er is niets veranderd.';
		expect(parseImport(JSON.stringify({ ...valid(), version: EXPORT_VERSION + 1, progress: { anders: true } }))).toEqual({
			ok: false,
			problem: 'future',
			message
		});
		// A newer progress layout inside a current envelope is just as unreadable.
		const inner = { ...valid(), progress: { ...sampleProgress(), version: PROGRESS_VERSION + 1 } };
		expect(parseImport(JSON.stringify(inner))).toMatchObject({ problem: 'future', message });
	});

	it('refuses a file of ours whose envelope or progress as a whole is damaged', () => {
		const message = 'Dit voortgangsbestand is onvolledig of aangepast, en kan daarom niet ingelezen worden. Er is niets veranderd.';
		const broken = [
			{ ...valid(), progress: undefined },
			{ ...valid(), progress: [] },
			{ ...valid(), version: 0 },
			{ ...valid(), version: '1' },
			{ ...valid(), exportedAt: 'gisteren' },
			{ ...valid(), exportedAt: '2026-01-01T00:00:00 +01:00' },
			{ ...valid(), progress: { ...sampleProgress(), version: 0 } },
			{ ...valid(), progress: { lessons: {} } }
		];
		for (const file of broken) {
			expect(parseImport(JSON.stringify(file)), JSON.stringify(file).slice(0, 80)).toEqual({ ok: false, problem: 'shape', message });
		}
	});

	it('reads the readable part of a file with damaged entries, and says what is left out', () => {
		const damaged = [
			[{ lessons: { 'basis/definitie': { readAt: 'ooit' } } }, '1 gelezen les'],
			[{ quizzes: { basis: { answers: { 0: { chosen: [-1], correct: true, at: now.toISOString() } } } } }, '1 toetsgegeven'],
			[{ scenarios: { intake: [{ scenarioId: 'intake' }] } }, '1 scenariopoging']
		] as const;
		for (const [part, lost] of damaged) {
			const result = parseImport(JSON.stringify({ ...valid(), progress: { ...sampleProgress(), ...part } }));
			expect(result).toMatchObject({ ok: true, lost: { text: lost, count: 1 } });
			// Everything else in the file is there.
			const expected = { ...sampleProgress(), ...Object.fromEntries(Object.keys(part).map((key) => [key, {}])) };
			expect(result.ok && result.progress).toEqual(expected);
		}
	});

	it('reads an export file made by version 1 of the course', () => {
		const text = readFileSync('tests/fixtures/progress/v1-export.json', 'utf8');
		const old = JSON.parse(text);
		const result = parseImport(text);
		expect(result).toMatchObject({ ok: true, exportedAt: old.exportedAt });
		if (!result.ok) return;
		expect(result.lost).toBeUndefined();
		expect(result.progress.version).toBe(PROGRESS_VERSION);
		expect(result.progress.lessons).toEqual(old.progress.lessons);
		expect(result.progress.scenarios).toEqual(old.progress.scenarios);
		expect(result.progress.quizzes['late-gevolgen']).toEqual({ answers: old.progress.quizzes['late-gevolgen'] });
	});

	it('accepts a valid file, and an empty one', () => {
		expect(parseImport(JSON.stringify(valid()))).toMatchObject({ ok: true, progress: sampleProgress() });
		expect(parseImport(serialiseExport(emptyProgress(), now))).toEqual({ ok: true, progress: emptyProgress(), exportedAt: now.toISOString() });
		expect(EXPORT_FORMAT).toBe('bamboe-voortgang');
	});
});

describe('an imported file against the course as it is now', () => {
	const attempt = (totals: Record<string, number>, shares: Record<string, number | null>, day = 1) => ({
		scenarioId: 'intake',
		moduleId: 'basis',
		finishedAt: new Date(Date.UTC(2026, 2, day)).toISOString(),
		endNode: 'einde',
		path: [],
		totals,
		shares
	});
	const bounds = { intake: { best: { doorvragen: 4, regie: 2 }, worst: { doorvragen: -5, regie: -2 } } };

	it('leaves out attempts with totals the scenario cannot reach, and works shares out again from the totals', () => {
		let progress = recordAttempt(emptyProgress(), attempt({ doorvragen: 2, regie: 2 }, { doorvragen: 1, regie: 1 }, 1));
		progress = recordAttempt(progress, attempt({ doorvragen: 11, regie: 0 }, { doorvragen: 1, regie: 0 }, 2));
		progress = recordAttempt(progress, attempt({ doorvragen: -6, regie: 0 }, { doorvragen: 0, regie: 0 }, 3));
		progress = recordAttempt(progress, { ...attempt({ tempo: 50 }, { tempo: 1 }, 4), scenarioId: 'weg' });
		const fit = fitToCourse(progress, bounds);
		expect(fit.refused).toBe(2);
		// 2 of 4 is a share of 0.5, whatever the file said.
		expect(fit.progress.scenarios.intake).toEqual([attempt({ doorvragen: 2, regie: 2 }, { doorvragen: 0.5, regie: 1 }, 1)]);
		// Scenarios no longer in the course are kept as they are; they count nowhere.
		expect(fit.progress.scenarios.weg).toHaveLength(1);
	});
});
