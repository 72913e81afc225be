/**
 * Saving what can be saved from progress that does not pass validation as a whole: one damaged
 * attempt or answer must not make everything else unreadable. Every entry is checked on its
 * own, with the same schema as a whole file, and only the entries that fail are left out.
 */
import * as v from 'valibot';
import { joinDutch } from '../dutch';
import { isRecord } from './migrate';
import { emptyProgress, PROGRESS_VERSION, progressParts, type Progress } from './schema';
import { checkProgressData, MESSAGES, parseProgress, readProgress, type ReadResult } from './storage';
import type { KeyValueStore } from '../browser/storage';

type PartName = keyof typeof progressParts;

/** Per part, how many entries could not be read. */
export type LostCounts = Record<PartName, number>;

export interface Rescue {
	progress: Progress;
	lost: LostCounts;
	/** Entries that could not be read, all parts together. */
	lostTotal: number;
}

const PART_NAMES = Object.keys(progressParts) as PartName[];

/**
 * Rescues data of the current version (after migration). Undefined when there is nothing of
 * ours in it: not an object of our version, or none of the parts present.
 */
export function rescueProgress(data: unknown): Rescue | undefined {
	if (!isRecord(data) || data.version !== PROGRESS_VERSION) return undefined;
	if (!PART_NAMES.some((part) => part in data)) return undefined;
	const progress = emptyProgress();
	const lost = Object.fromEntries(PART_NAMES.map((part) => [part, 0])) as LostCounts;
	const keep = <P extends PartName>(part: P, candidate: unknown): Progress[P] | undefined => {
		const result = v.safeParse(progressParts[part], candidate);
		return result.success ? (result.output as Progress[P]) : undefined;
	};

	for (const part of PART_NAMES) {
		const value = data[part];
		if (value === undefined) continue;
		if (!isRecord(value)) {
			lost[part]++;
			continue;
		}
		for (const [key, entry] of Object.entries(value)) {
			if (part === 'reflections' && isRecord(entry)) {
				// Each note on its own.
				for (const [node, note] of Object.entries(entry)) {
					const kept = keep('reflections', { [key]: { [node]: note } })?.[key]?.[node];
					if (kept) progress.reflections[key] = { ...progress.reflections[key], [node]: kept };
					else lost.reflections++;
				}
			} else if (part === 'scenarios' && Array.isArray(entry)) {
				// Each attempt on its own: one bad attempt loses only itself.
				const attempts = entry.flatMap((attempt) => keep('scenarios', { [key]: [attempt] })?.[key] ?? (lost.scenarios++, []));
				if (attempts.length) progress.scenarios[key] = attempts;
			} else if (part === 'quizzes' && isRecord(entry)) {
				const quiz = rescueQuiz(key, entry, keep);
				lost.quizzes += quiz.lost;
				if (quiz.state) progress.quizzes[key] = quiz.state;
			} else {
				const kept = keep(part, { [key]: entry });
				if (kept && Object.hasOwn(kept, key)) Object.assign(progress[part], kept);
				else lost[part]++;
			}
		}
	}
	const lostTotal = Object.values(lost).reduce((a, b) => a + b, 0);
	return { progress, lost, lostTotal };
}

/** A quiz's answers one by one, then its best score and pass, each on its own. */
function rescueQuiz(
	module: string,
	entry: Record<string, unknown>,
	keep: (part: 'quizzes', candidate: unknown) => Progress['quizzes'] | undefined
) {
	let lost = 0;
	const answers: Progress['quizzes'][string]['answers'] = {};
	const given = isRecord(entry.answers) ? entry.answers : {};
	if (!isRecord(entry.answers)) lost++;
	for (const [question, answer] of Object.entries(given)) {
		const kept = keep('quizzes', { [module]: { answers: { [question]: answer } } })?.[module]?.answers[question];
		if (kept) answers[question] = kept;
		else lost++;
	}
	const state: Progress['quizzes'][string] = { answers };
	for (const field of ['best', 'passedAt'] as const) {
		if (entry[field] === undefined) continue;
		const kept = keep('quizzes', { [module]: { answers: {}, [field]: entry[field] } })?.[module]?.[field];
		if (kept === undefined) lost++;
		else Object.assign(state, { [field]: kept });
	}
	const empty = Object.keys(answers).length === 0 && !state.best && !state.passedAt;
	return { state: empty ? undefined : state, lost };
}

/** "2 scenariopogingen en 1 toetsantwoord", for the learner. */
export function describeLost(lost: LostCounts): string {
	const names: Record<PartName, [string, string]> = {
		lessons: ['gelezen les', 'gelezen lessen'],
		skippedLessons: ['overgeslagen les', 'overgeslagen lessen'],
		quizzes: ['toetsgegeven', 'toetsgegevens'],
		scenarios: ['scenariopoging', 'scenariopogingen'],
		inProgress: ['onafgemaakt gesprek', 'onafgemaakte gesprekken'],
		skippedScenarios: ['overgeslagen scenario', "overgeslagen scenario's"],
		reflections: ['reflectie', 'reflecties']
	};
	return joinDutch(
		PART_NAMES.filter((part) => lost[part] > 0).map((part) => `${lost[part]} ${lost[part] === 1 ? names[part][0] : names[part][1]}`)
	);
}

/**
 * Finishes reading progress that was not valid as a whole ("unchecked"): the readable part, as
 * "damaged" with what is lost; "ok" when nothing is actually lost (a part was only missing);
 * "foreign" when nothing of it is ours. Other results pass through unchanged.
 */
export function rescueRead(result: ReadResult): Exclude<ReadResult, { status: 'unchecked' }> {
	if (result.status !== 'unchecked') return result;
	const rescue = rescueProgress(result.data);
	if (!rescue) return { status: 'foreign', progress: emptyProgress(), raw: result.raw, message: MESSAGES.foreign };
	if (rescue.lostTotal === 0) return { status: 'ok', progress: rescue.progress };
	return {
		status: 'damaged',
		progress: rescue.progress,
		raw: result.raw,
		message: MESSAGES.damaged(describeLost(rescue.lost), rescue.lostTotal),
		lost: rescue.lost
	};
}

/** `readProgress`, `parseProgress` and `checkProgressData` with the rescue done. */
export const readProgressFully = (store: KeyValueStore | undefined) => rescueRead(readProgress(store));
export const parseProgressFully = (raw: string) => rescueRead(parseProgress(raw));
export const checkProgressDataFully = (data: unknown, raw: string) => rescueRead(checkProgressData(data, raw));
