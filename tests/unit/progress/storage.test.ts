import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PROGRESS_KEY, PROGRESS_VERSION, emptyProgress, type Progress } from '$lib/progress/schema';
import { MESSAGES, clearProgress, readProgress, writeProgress } from '$lib/progress/storage';
import { readProgressFully } from '$lib/progress/rescue';
import { memoryStore, refusingStore as throwingStore } from '../fake-store';
import { recordQuizAnswer } from '$lib/progress/quiz';
import { markLessonRead, moduleProgress } from '$lib/progress/update';
import { saveRun } from '$lib/progress/runs';

const v1Stored = readFileSync('tests/fixtures/progress/v1-stored.json', 'utf8');

describe('readProgress', () => {
	it('starts empty when nothing is stored', () => {
		expect(readProgress(memoryStore())).toEqual({ status: 'empty', progress: emptyProgress() });
	});

	it('reads back what was written', () => {
		const store = memoryStore();
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', new Date('2026-01-02T03:04:05Z'));
		expect(writeProgress(store, progress)).toBe(true);
		expect(readProgress(store)).toEqual({ status: 'ok', progress });
	});

	it('reports corrupt JSON with the raw text and a Dutch message, leaving storage untouched', () => {
		const store = memoryStore({ [PROGRESS_KEY]: '{"version":1,' });
		const result = readProgress(store);
		expect(result).toMatchObject({ status: 'corrupt', raw: '{"version":1,', message: MESSAGES.corrupt });
		expect(store.data[PROGRESS_KEY]).toBe('{"version":1,');
	});

	it('reports data that is not ours as foreign', () => {
		for (const data of [{ lessons: {} }, { version: 0, lessons: {} }, [1, 2], 'tekst', 42, null, { version: PROGRESS_VERSION }]) {
			const store = memoryStore({ [PROGRESS_KEY]: JSON.stringify(data) });
			expect(readProgressFully(store), JSON.stringify(data)).toMatchObject({ status: 'foreign', message: MESSAGES.foreign });
		}
	});

	it('reports data of a newer version as future, without touching it', () => {
		const raw = JSON.stringify({ version: PROGRESS_VERSION + 1, lessons: {}, quizzes: {}, scenarios: {}, extra: true });
		const store = memoryStore({ [PROGRESS_KEY]: raw });
		expect(readProgress(store)).toMatchObject({ status: 'future', raw, message: MESSAGES.future });
		expect(store.data[PROGRESS_KEY]).toBe(raw);
	});

	it('still reads stored progress when storage is full, and reports the refused write', () => {
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', new Date('2026-01-02T03:04:05Z'));
		const full = memoryStore({ [PROGRESS_KEY]: JSON.stringify(progress) });
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(readProgress(full)).toEqual({ status: 'ok', progress });
		expect(writeProgress(full, progress)).toBe(false);
	});

	it('copes with storage that is missing or refuses access (private mode)', () => {
		expect(readProgress(undefined)).toMatchObject({ status: 'unavailable', message: MESSAGES.unavailable });
		expect(readProgress(throwingStore)).toMatchObject({ status: 'unavailable' });
		expect(writeProgress(throwingStore, emptyProgress())).toBe(false);
		expect(clearProgress(throwingStore)).toBe(false);
	});
});

describe('stored progress of version 1 (the format before this one)', () => {
	const store = () => memoryStore({ [PROGRESS_KEY]: v1Stored });

	it('is read and migrated: lessons, quiz answers and attempts are all there', () => {
		const result = readProgress(store());
		expect(result.status).toBe('ok');
		const { progress } = result;
		const old = JSON.parse(v1Stored);
		expect(progress.version).toBe(PROGRESS_VERSION);
		expect(progress.lessons).toEqual(old.lessons);
		expect(progress.quizzes['wat-is-kindermishandeling']!.answers).toEqual(old.quizzes['wat-is-kindermishandeling']);
		expect(progress.quizzes['late-gevolgen']!.answers).toEqual(old.quizzes['late-gevolgen']);
		expect(progress.scenarios).toEqual(old.scenarios);
		expect(progress).toMatchObject({ skippedLessons: {}, skippedScenarios: {}, inProgress: {} });
		// The quiz passed in version 1 (12 of 13 right) still counts as passed.
		const summary = moduleProgress(progress, { id: 'wat-is-kindermishandeling', lessonIds: [], questionCount: 13, scenarioIds: [] });
		expect(summary).toMatchObject({ quizCorrect: 12, quizPassed: true });
	});

	it('is left as it is in storage until something new is saved, then saved in the new format', () => {
		const kept = store();
		readProgress(kept);
		expect(kept.data[PROGRESS_KEY]).toBe(v1Stored);
		const { progress } = readProgress(kept);
		writeProgress(kept, markLessonRead(progress, 'late-gevolgen', 'werk', new Date('2026-11-09T10:00:00Z')));
		expect(JSON.parse(kept.data[PROGRESS_KEY]!).version).toBe(PROGRESS_VERSION);
		expect(readProgress(kept).progress.lessons['late-gevolgen/werk']).toBeDefined();
	});
});

describe('numbers and names that would not survive a round trip', () => {
	const at = '2026-11-02T10:00:00.000Z';
	const attempt = (changes: Record<string, unknown> = {}) => ({
		scenarioId: 'intake',
		moduleId: 'relatie',
		finishedAt: at,
		endNode: 'einde',
		path: [{ nodeId: 'opening', choiceIndex: 0, label: 'Hoi', feedback: 'Goed', source: '§6', score: { doorvragen: 1 }, trustChange: 1 }],
		totals: { doorvragen: 1 },
		shares: { doorvragen: 0.5 },
		...changes
	});
	const stored = (changes: Partial<Record<keyof Progress, unknown>>) =>
		JSON.stringify({ ...emptyProgress(), lessons: { 'basis/a': { readAt: at } }, scenarios: { intake: [attempt()] }, ...changes });

	// JSON `1e999` parses to Infinity, which JSON.stringify writes back as null.
	const bad: [string, string][] = [
		['an infinite trust change', stored({ scenarios: { intake: [attempt({ path: [{ ...attempt().path[0], trustChange: 1e999 }] })] } }).replace('null', '1e999')],
		['an infinite total', stored({ scenarios: { intake: [attempt({ totals: { doorvragen: 'X' } })] } }).replace('"X"', '-1e999')],
		['a total no scenario can reach', stored({ scenarios: { intake: [attempt({ totals: { doorvragen: 1e6 } })] } })],
		['a share above 1', stored({ scenarios: { intake: [attempt({ shares: { doorvragen: 5 } })] } })],
		['a negative share', stored({ scenarios: { intake: [attempt({ shares: { doorvragen: -3 } })] } })],
		['a score outside -3..3', stored({ scenarios: { intake: [attempt({ path: [{ ...attempt().path[0], score: { doorvragen: 7 } }] })] } })],
		['a step that is both a choice and a free reply', stored({ scenarios: { intake: [attempt({ path: [{ ...attempt().path[0], ruleIndex: 1 }] })] } })],
		['a step that is neither a choice nor a free reply', stored({ scenarios: { intake: [attempt({ path: [{ ...attempt().path[0], choiceIndex: undefined }] })] } })],
		['an attempt filed under another scenario', stored({ scenarios: { intake: [attempt()], 'geen-klik': [attempt()] } })],
		['a timestamp Date.parse cannot read', stored({ scenarios: { intake: [attempt({ finishedAt: '2026-01-01T00:00:00 +01:00' })] } })],
		...['-1', '', '00', '0.5', '1e0', ' 1'].map((key): [string, string] => [
			`a quiz answer under the key "${key}"`,
			stored({ quizzes: { basis: { answers: { [key]: { chosen: [0], correct: true, at } } } } })
		])
	];

	for (const [what, raw] of bad) {
		it(`refuses ${what}, and rescues everything else`, () => {
			const store = memoryStore({ [PROGRESS_KEY]: raw });
			// A quick first read says only that the data needs checking; the rescue reads the rest.
			expect(readProgress(store)).toMatchObject({ status: 'unchecked', raw });
			const result = readProgressFully(store);
			expect(result.status).toBe('damaged');
			if (result.status !== 'damaged') return;
			expect(result.raw).toBe(raw);
			// The readable part is all there: the lesson, and the good attempt where there is one.
			expect(result.progress.lessons).toEqual({ 'basis/a': { readAt: at } });
			expect(result.message).toMatch(/^Een deel van je opgeslagen voortgang is beschadigd: 1 \S+ kan niet gelezen worden\./);
			// Nothing in storage was touched.
			expect(store.data[PROGRESS_KEY]).toBe(raw);
		});
	}

	it('refuses a list where a map of names belongs, instead of reading it as empty', () => {
		const raw = stored({ lessons: [], scenarios: { intake: [attempt()] } });
		expect(readProgressFully(memoryStore({ [PROGRESS_KEY]: raw }))).toMatchObject({
			status: 'damaged',
			lost: { lessons: 1 },
			progress: { scenarios: { intake: [attempt()] } }
		});
	});

	it('keeps the good attempts when one attempt of a scenario is bad', () => {
		const raw = stored({ scenarios: { intake: [attempt(), attempt({ finishedAt: '2026-11-03T10:00:00.000Z', shares: { doorvragen: 2 } })] } });
		const result = readProgressFully(memoryStore({ [PROGRESS_KEY]: raw }));
		expect(result).toMatchObject({ status: 'damaged', lost: { scenarios: 1 } });
		expect(result.progress.scenarios.intake).toEqual([attempt()]);
		expect((result as { message: string }).message).toBe(MESSAGES.damaged('1 scenariopoging', 1));
	});
});

describe('free replies in stored progress', () => {
	const at = '2026-11-02T10:00:00.000Z';
	const reply = { nodeId: 'opening', ruleIndex: 2, label: 'Eigen antwoord: open vraag', feedback: 'Goed', source: '§6', score: { doorvragen: 1 }, trustChange: 0 };
	const choice = { nodeId: 'familie', choiceIndex: 1, label: 'Hoi', feedback: 'Goed', source: '§6', score: {}, trustChange: 1 };

	it('reads back attempts and conversations in progress with steps by rule, next to steps by choice', () => {
		const progress: Progress = {
			...emptyProgress(),
			scenarios: {
				intake: [{ scenarioId: 'intake', moduleId: 'relatie', finishedAt: at, endNode: 'einde', path: [reply, choice], totals: { doorvragen: 1 }, shares: { doorvragen: 0.5 } }]
			},
			inProgress: { tijd: { steps: [{ nodeId: 'begin', ruleIndex: 0 }, { nodeId: 'klok', choiceIndex: 2 }], at: 'start', startedAt: at, updatedAt: at } }
		};
		const store = memoryStore();
		expect(writeProgress(store, progress)).toBe(true);
		expect(readProgress(store)).toEqual({ status: 'ok', progress });
	});

	it('saves a conversation in progress with the rule of each free reply, and nothing else of the step', () => {
		const saved = saveRun(emptyProgress(), 'tijd', { steps: [reply, choice], at: 'klok' }, new Date(at));
		expect(saved.inProgress.tijd?.steps).toEqual([
			{ nodeId: 'opening', ruleIndex: 2 },
			{ nodeId: 'familie', choiceIndex: 1 }
		]);
	});
});

describe('module progress', () => {
	const outline = { id: 'basis', lessonIds: ['a', 'b'], questionCount: 10, scenarioIds: [] };
	const now = new Date('2026-01-02T03:04:05Z');

	it('counts lessons read and quiz answers, and completes at 70 % right', () => {
		let progress = markLessonRead(emptyProgress(), 'basis', 'a', now);
		progress = markLessonRead(progress, 'basis', 'b', now);
		for (let i = 0; i < 7; i++) progress = recordQuizAnswer(progress, 'basis', 10, i, [0], i < 6, now);
		expect(moduleProgress(progress, outline)).toMatchObject({ lessonsRead: 2, quizAnswered: 7, quizCorrect: 6, complete: false });
		progress = recordQuizAnswer(progress, 'basis', 10, 9, [1], true, now);
		expect(moduleProgress(progress, outline)).toMatchObject({ quizCorrect: 7, quizPassed: true, complete: true });
	});

	it('marking a lesson read twice keeps the first date', () => {
		const first = markLessonRead(emptyProgress(), 'basis', 'a', now);
		const again = markLessonRead(first, 'basis', 'a', new Date('2027-01-01T00:00:00Z'));
		expect(again.lessons['basis/a']!.readAt).toBe(now.toISOString());
	});
});
