/**
 * Progress written by an older version of the course (stored, or in an export file), brought
 * to today's shape before it is validated. Each step takes one version to the next, so a file
 * of any older version arrives at the current one; data a step does not recognise is passed on
 * unchanged, for validation to refuse or rescue.
 */
import { PROGRESS_VERSION } from './schema';

type Data = Record<string, unknown>;

const steps: Record<number, (old: Data) => Data> = {
	/** Version 1 kept only the answers per quiz; 2 adds best score, pass, runs, skips and notes. */
	1: (old) => ({
		...old,
		version: 2,
		quizzes: isRecord(old.quizzes)
			? Object.fromEntries(Object.entries(old.quizzes).map(([module, answers]) => [module, { answers }]))
			: old.quizzes,
		skippedLessons: {},
		inProgress: {},
		skippedScenarios: {},
		reflections: {}
	})
};

/** The oldest version that can still be read. */
export const OLDEST_READABLE_VERSION = 1;

export function migrateProgress(data: unknown): unknown {
	if (!isRecord(data)) return data;
	let current = data;
	while (typeof current.version === 'number' && current.version < PROGRESS_VERSION) {
		const step = steps[current.version];
		if (!step) break;
		current = step(current);
	}
	return current;
}

export function isRecord(value: unknown): value is Data {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
