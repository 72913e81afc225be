import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '$lib/progress/schema';
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
import { markLessonRead, recordAttempt, recordQuizAnswer } from '$lib/progress/update';

const now = new Date('2026-03-14T12:00:00Z');

function sampleProgress(): Progress {
	let progress = markLessonRead(emptyProgress(), 'basis', 'definitie', now);
	progress = recordQuizAnswer(progress, 'basis', 0, [1], true, now);
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
			message: 'Dit bestand is beschadigd of is geen voortgangsbestand: het is geen leesbare JSON. Er is niets veranderd.'
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
		const inner = { ...valid(), progress: { ...sampleProgress(), version: 2 } };
		expect(parseImport(JSON.stringify(inner))).toMatchObject({ problem: 'future', message });
	});

	it('refuses a file of ours with the wrong shape', () => {
		const message = 'Dit voortgangsbestand is onvolledig of aangepast, en kan daarom niet ingelezen worden. Er is niets veranderd.';
		const broken = [
			{ ...valid(), progress: undefined },
			{ ...valid(), version: 0 },
			{ ...valid(), version: '1' },
			{ ...valid(), exportedAt: 'gisteren' },
			{ ...valid(), progress: { ...sampleProgress(), lessons: { 'basis/definitie': { readAt: 'ooit' } } } },
			{ ...valid(), progress: { ...sampleProgress(), quizzes: { basis: { 0: { chosen: [-1], correct: true, at: now.toISOString() } } } } },
			{ ...valid(), progress: { ...sampleProgress(), scenarios: { intake: [{ scenarioId: 'intake' }] } } }
		];
		for (const file of broken) {
			expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, problem: 'shape', message });
		}
	});

	it('accepts a valid file, and an empty one', () => {
		expect(parseImport(JSON.stringify(valid()))).toMatchObject({ ok: true, progress: sampleProgress() });
		expect(parseImport(serialiseExport(emptyProgress(), now))).toEqual({ ok: true, progress: emptyProgress(), exportedAt: now.toISOString() });
		expect(EXPORT_FORMAT).toBe('bamboe-voortgang');
	});
});
