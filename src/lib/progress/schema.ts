/**
 * The shape of a learner's progress as stored on the device and in export files. Validated on
 * every read: storage and files are outside our control (other versions of the course, other
 * sites on the same origin, a learner or a text editor changing them).
 *
 * Every number must survive a round trip through JSON as itself: finite, within the range the
 * course can produce. A value that can't (Infinity is written as null) would make stored
 * progress unreadable on the next visit.
 *
 * A new key or a changed shape always raises the version: an older copy of the course then
 * refuses to write over the newer data (status "future") instead of dropping what it doesn't
 * know. Keys that no version has are not kept.
 *
 * Version history (each older version is migrated on read, see migrate.ts):
 *   1: lessons read, quiz answers per module, finished scenario attempts.
 *   2: quizzes keep their best score and the moment they were passed; scenarios in progress;
 *      lessons and scenarios skipped at their content note; private reflection notes; a
 *      scenario step may be a free reply, recorded by its rule (`ruleIndex`), with the
 *      learner's own words (`replyText`) only when they chose to keep them; an answer to a
 *      sorting question records the category the learner chose for each item (`placed`).
 */
import * as v from 'valibot';
import { MAX_SORT_CATEGORIES, MAX_SORT_ITEMS } from '../quiz/limits';

export const PROGRESS_VERSION = 2;
/** One versioned key for everything; old keys of other shapes are never touched. */
export const PROGRESS_KEY = 'bamboe.voortgang';

/** Module, lesson and scenario ids, as the content loader makes them. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Node ids in scenario files. */
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;
/** Quiz questions are stored under their index as canonical text: "0", "1", …, never "01" or "1e0". */
export const QUESTION_KEY_PATTERN = /^(?:0|[1-9]\d{0,3})$/;
/**
 * The largest running total a scenario could give: far above anything the course's scenarios
 * reach (choices score -3..3, and path analysis bounds a path at 60 choices), far below the
 * sizes where numbers stop being exact.
 */
export const MAX_ABS_TOTAL = 1000;
/** Scores and trust changes of one choice, as the content format allows. */
const CHOICE_POINTS = 3;

/** An ISO timestamp that `Date.parse` also reads (valibot's check alone lets "…+01" through). */
const timestamp = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((text) => Number.isFinite(Date.parse(text)), 'tijdstip dat niet te lezen is')
);
const id = v.pipe(v.string(), v.regex(ID_PATTERN));
const nodeId = v.pipe(v.string(), v.regex(NODE_PATTERN));
const lessonKeyText = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999));
const choicePoints = v.pipe(v.number(), v.integer(), v.minValue(-CHOICE_POINTS), v.maxValue(CHOICE_POINTS));
const total = v.pipe(v.number(), v.integer(), v.minValue(-MAX_ABS_TOTAL), v.maxValue(MAX_ABS_TOTAL));
const share = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const shortText = v.pipe(v.string(), v.maxLength(5000));

/**
 * A record that is a real object: valibot's record also takes an array (a list where a map
 * belongs, as a hand-edited file may have it), and its entries would vanish without a word.
 */
const record = <K extends v.GenericSchema<string, string>, T extends v.GenericSchema>(key: K, value: T) =>
	v.pipe(
		v.custom<unknown>((input) => !Array.isArray(input), 'een lijst waar een verzameling met namen hoort'),
		v.record(key, value)
	);

export const quizAnswerSchema = v.object({
	/** Indexes of the options the learner chose; empty for a sorting question. */
	chosen: v.array(index),
	/**
	 * A sorting question: `placed[i]` is the index of the category the learner put item i in,
	 * in the order the items are written. Bounded as the content format bounds questions.
	 */
	placed: v.optional(
		v.pipe(
			v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SORT_CATEGORIES - 1))),
			v.minLength(1),
			v.maxLength(MAX_SORT_ITEMS)
		)
	),
	correct: v.boolean(),
	at: timestamp
});

export const quizStateSchema = v.object({
	/** Question index (canonical text) -> the learner's current answer. */
	answers: record(v.pipe(v.string(), v.regex(QUESTION_KEY_PATTERN)), quizAnswerSchema),
	/** The most right answers the learner ever had at one moment; kept through retakes. */
	best: v.optional(
		v.pipe(
			v.object({ correct: index, total: v.pipe(index, v.minValue(1)), at: timestamp }),
			v.check((best) => best.correct <= best.total, 'meer goed dan er vragen waren')
		)
	),
	/** When the pass mark was first reached: from then on the quiz stays passed. */
	passedAt: v.optional(timestamp)
});

/** The longest free reply kept: far more than anyone says in one turn of a conversation. */
export const MAX_REPLY_LENGTH = 2000;

/**
 * What a scenario step did: `choiceIndex` for a prepared choice, `ruleIndex` for a free reply
 * (the rule of the node's `respond` it fell under). Exactly one of the two: a step with both or
 * neither is refused, not read as either. Steps written before free replies existed have
 * `choiceIndex` only and read as before. A free reply's own words (`replyText`) are part of a
 * step only when the learner ticked "Bewaar mijn antwoorden" (see progress/reply-texts.ts).
 */
function stepWith<const T extends v.ObjectEntries>(entries: T) {
	return v.union([
		v.object({ ...entries, choiceIndex: index, ruleIndex: v.optional(v.undefined()) }),
		v.object({
			...entries,
			ruleIndex: index,
			choiceIndex: v.optional(v.undefined()),
			replyText: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REPLY_LENGTH)))
		})
	]);
}

export const scenarioStepSchema = stepWith({
	nodeId,
	label: shortText,
	feedback: shortText,
	source: shortText,
	score: record(id, choicePoints),
	trustChange: choicePoints
});

export const scenarioAttemptSchema = v.object({
	scenarioId: id,
	moduleId: id,
	finishedAt: timestamp,
	endNode: nodeId,
	outcome: v.optional(shortText),
	path: v.array(scenarioStepSchema),
	totals: record(id, total),
	/** Share of the best reachable total per dimension, 0..1, or null when nothing is reachable. */
	shares: record(id, share)
});

/** One step in a conversation that is not finished yet: enough to replay it exactly. */
export const runStepSchema = stepWith({ nodeId });

/**
 * A scenario the learner is playing and has not finished: saved after every step, so a
 * reload, the Back button or a pause never loses the conversation.
 */
export const scenarioRunSchema = v.object({
	steps: v.array(runStepSchema),
	/** The node the learner is at now, for "ga verder waar je was" without replaying first. */
	at: nodeId,
	startedAt: timestamp,
	updatedAt: timestamp,
	/** Started with "probeer een andere weg": the previous attempt's choices are marked. */
	otherWay: v.optional(v.boolean())
});

const skipSchema = v.object({ at: timestamp });

/** The longest reflection note kept: a few pages of text, far more than a note needs. */
export const MAX_REFLECTION_LENGTH = 10_000;

/** A learner's private answer to a scenario's reflection question, kept only on the device. */
export const reflectionSchema = v.object({
	text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REFLECTION_LENGTH)),
	at: timestamp
});

/** The parts of progress, each validated on its own when stored data has to be rescued. */
export const progressParts = {
	/** `module/lesson` -> when the lesson was first read. */
	lessons: record(lessonKeyText, v.object({ readAt: timestamp })),
	/** `module/lesson` -> when the learner chose to skip the lesson at its content note. */
	skippedLessons: record(lessonKeyText, skipSchema),
	/** module id -> the learner's answers, best score and pass. */
	quizzes: record(id, quizStateSchema),
	/** scenario id -> attempts, oldest first. Every attempt is filed under its own scenario. */
	scenarios: v.pipe(
		record(id, v.array(scenarioAttemptSchema)),
		v.check(
			(byScenario) => Object.entries(byScenario).every(([key, attempts]) => attempts.every((a) => a.scenarioId === key)),
			'een poging staat bij een ander scenario'
		)
	),
	/** scenario id -> the conversation in progress. */
	inProgress: record(id, scenarioRunSchema),
	/** scenario id -> when the learner chose to skip the scenario at its content note. */
	skippedScenarios: record(id, skipSchema),
	/** scenario id -> node id -> the learner's reflection note at that node. */
	reflections: record(id, record(nodeId, reflectionSchema))
};

export const progressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	...progressParts
});

export type QuizAnswer = v.InferOutput<typeof quizAnswerSchema>;
export type QuizState = v.InferOutput<typeof quizStateSchema>;
export type ScenarioStep = v.InferOutput<typeof scenarioStepSchema>;
export type ScenarioAttempt = v.InferOutput<typeof scenarioAttemptSchema>;
export type ScenarioRun = v.InferOutput<typeof scenarioRunSchema>;
export type RunStep = v.InferOutput<typeof runStepSchema>;
export type Reflection = v.InferOutput<typeof reflectionSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

export function emptyProgress(): Progress {
	return {
		version: PROGRESS_VERSION,
		lessons: {},
		skippedLessons: {},
		quizzes: {},
		scenarios: {},
		inProgress: {},
		skippedScenarios: {},
		reflections: {}
	};
}
