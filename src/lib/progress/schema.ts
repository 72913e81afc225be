/**
 * The shape of a learner's progress as stored on the device (and, later, in export files).
 * Validated on every read: storage is outside our control (other versions of the course,
 * other sites on the same origin, a learner editing it by hand).
 */
import * as v from 'valibot';

export const PROGRESS_VERSION = 1;
/** One versioned key for everything; old keys of other shapes are never touched. */
export const PROGRESS_KEY = 'bamboe.voortgang';

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const quizAnswerSchema = v.object({
	/** Indexes of the options the learner chose. */
	chosen: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
	correct: v.boolean(),
	at: isoDate
});

export const scenarioStepSchema = v.object({
	nodeId: v.string(),
	choiceIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
	label: v.string(),
	feedback: v.string(),
	source: v.string(),
	score: v.record(v.string(), v.number()),
	trustChange: v.number()
});

export const scenarioAttemptSchema = v.object({
	scenarioId: id,
	moduleId: id,
	finishedAt: isoDate,
	endNode: v.string(),
	outcome: v.optional(v.string()),
	path: v.array(scenarioStepSchema),
	totals: v.record(v.string(), v.number()),
	/** Share of the best reachable total per dimension, 0..1, or null when nothing is reachable. */
	shares: v.record(v.string(), v.nullable(v.number()))
});

export const progressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	/** `module/lesson` -> when the lesson was first read. */
	lessons: v.record(v.string(), v.object({ readAt: isoDate })),
	/** module id -> question index (as text) -> the learner's answer. */
	quizzes: v.record(v.string(), v.record(v.string(), quizAnswerSchema)),
	/** scenario id -> attempts, oldest first. */
	scenarios: v.record(v.string(), v.array(scenarioAttemptSchema))
});

export type QuizAnswer = v.InferOutput<typeof quizAnswerSchema>;
export type ScenarioStep = v.InferOutput<typeof scenarioStepSchema>;
export type ScenarioAttempt = v.InferOutput<typeof scenarioAttemptSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, scenarios: {} };
}
