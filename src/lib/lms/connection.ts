/**
 * Talking to the LMS's SCORM API, for SCORM 1.2 and SCORM 2004 alike: the same few things are
 * written under each version's own element names and formats. An LMS error never stops the
 * course: every call is checked, and the first problem is kept as a Dutch message for the page
 * to show; the course goes on, and progress stays on the device as always.
 */
import type { FoundApi } from './api';
import type { LmsEvent } from './events';
import type { CourseReport } from './report';

/** SCORM 2004's timestamp: seconds, a fraction of at most 2 digits, then the zone. */
const timestamp2004 = (iso: string) => `${iso.slice(0, 19)}.0Z`;
/** SCORM 1.2's time of day. */
const time12 = (iso: string) => iso.slice(11, 19);
const letter = (index: number) => String.fromCharCode(97 + index);

/**
 * A quiz answer as the LMS records it: the options chosen by letter, or for a sorting question
 * "item.category" pairs (SCORM's matching response). SCORM 1.2 allows one character per side,
 * so items count on in base 36 there (1-9, then a, b, c); SCORM 2004 numbers them plainly.
 */
function quizResponse(event: Extract<LmsEvent, { kind: 'quiz' }>, v2004: boolean): string {
	if (!event.placed) return event.chosen.map(letter).join(v2004 ? '[,]' : ',');
	return event.placed
		.map((category, item) => (v2004 ? `${item + 1}[.]${letter(category)}` : `${(item + 1).toString(36)}.${letter(category)}`))
		.join(v2004 ? '[,]' : ',');
}

/** SCORM 1.2 "HHHH:MM:SS.SS" and SCORM 2004 "PT#H#M#S". */
export function sessionTime(seconds: number, version: FoundApi['version']): string {
	const s = Math.max(0, Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const rest = s % 60;
	if (version === '2004') return `PT${h}H${m}M${rest}S`;
	return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${String(rest).padStart(2, '0')}.00`;
}

/** The points a choice scored, as objective ids an LMS report can group by: "doorvragen.+2". */
export const dimensionObjectiveIds = (score: Record<string, number>) =>
	Object.entries(score).map(([dimension, points]) => `${dimension}.${points > 0 ? '+' : ''}${points}`);

export class LmsConnection {
	/** The first thing that went wrong, in Dutch, for the page to show. */
	problem: string | undefined;
	private active = false;

	constructor(private readonly found: FoundApi) {}

	get version() {
		return this.found.version;
	}

	/** Opens the session; returns the suspend data the LMS kept, or undefined when it could not open. */
	start(): string | undefined {
		const ok = this.call(() => (this.found.version === '2004' ? this.found.api.Initialize('') : this.found.api.LMSInitialize('')), 'openen');
		if (!ok) return undefined;
		this.active = true;
		return this.get('cmi.suspend_data') ?? '';
	}

	/** Writes status, score, objectives, the suspend data and the session's new interactions. */
	write(report: CourseReport, suspendData: string, events: readonly LmsEvent[]): void {
		if (!this.active) return;
		this.set('cmi.suspend_data', suspendData);
		if (this.found.version === '2004') {
			this.set('cmi.completion_status', report.complete ? 'completed' : 'incomplete');
			this.set('cmi.success_status', report.passed ? 'passed' : 'unknown');
			this.set('cmi.score.min', '0');
			this.set('cmi.score.max', '100');
			this.set('cmi.score.raw', String(report.score));
			this.set('cmi.score.scaled', (report.score / 100).toFixed(2));
			const done = report.objectives.filter((o) => o.complete).length;
			this.set('cmi.progress_measure', (report.objectives.length ? done / report.objectives.length : 0).toFixed(2));
		} else {
			this.set('cmi.core.lesson_status', report.passed ? 'passed' : report.complete ? 'completed' : 'incomplete');
			this.set('cmi.core.score.min', '0');
			this.set('cmi.core.score.max', '100');
			this.set('cmi.core.score.raw', String(report.score));
		}
		for (const objective of report.objectives) this.writeObjective(objective);
		for (const event of events) this.writeInteraction(event);
	}

	commit(): void {
		if (!this.active) return;
		this.call(() => (this.found.version === '2004' ? this.found.api.Commit('') : this.found.api.LMSCommit('')), 'bewaren');
	}

	/** Ends the session: time spent, "suspend" (the learner may come back), commit, close. */
	finish(seconds: number): void {
		if (!this.active) return;
		if (this.found.version === '2004') {
			this.set('cmi.session_time', sessionTime(seconds, '2004'));
			this.set('cmi.exit', 'suspend');
		} else {
			this.set('cmi.core.session_time', sessionTime(seconds, '1.2'));
			this.set('cmi.core.exit', 'suspend');
		}
		this.commit();
		this.call(() => (this.found.version === '2004' ? this.found.api.Terminate('') : this.found.api.LMSFinish('')), 'afsluiten');
		this.active = false;
	}

	private writeObjective(objective: CourseReport['objectives'][number]) {
		const index = this.objectiveIndex(objective.id);
		const at = `cmi.objectives.${index}`;
		this.set(`${at}.id`, objective.id);
		if (this.found.version === '2004') {
			this.set(`${at}.completion_status`, objective.complete ? 'completed' : objective.started ? 'incomplete' : 'not attempted');
			if (objective.score !== undefined) {
				this.set(`${at}.score.min`, '0');
				this.set(`${at}.score.max`, '100');
				this.set(`${at}.score.raw`, String(objective.score));
				this.set(`${at}.score.scaled`, (objective.score / 100).toFixed(2));
			}
		} else {
			this.set(`${at}.status`, objective.complete ? 'completed' : objective.started ? 'incomplete' : 'not attempted');
			if (objective.score !== undefined) {
				this.set(`${at}.score.min`, '0');
				this.set(`${at}.score.max`, '100');
				this.set(`${at}.score.raw`, String(objective.score));
			}
		}
	}

	/** The index of the objective with this id, or the next free one. */
	private objectiveIndex(id: string): number {
		const count = Number(this.get('cmi.objectives._count') ?? 0) || 0;
		for (let i = 0; i < count; i++) if (this.get(`cmi.objectives.${i}.id`) === id) return i;
		return count;
	}

	private writeInteraction(event: LmsEvent) {
		const index = Number(this.get('cmi.interactions._count') ?? 0) || 0;
		const at = `cmi.interactions.${index}`;
		const v2004 = this.found.version === '2004';
		if (event.kind === 'quiz') {
			this.set(`${at}.id`, `quiz.${event.moduleId}.${event.question + 1}`);
			this.set(`${at}.type`, event.placed ? 'matching' : 'choice');
			this.set(`${at}.objectives.0.id`, event.moduleId);
			this.set(`${at}.${v2004 ? 'learner_response' : 'student_response'}`, quizResponse(event, v2004));
			this.set(`${at}.result`, event.correct ? 'correct' : v2004 ? 'incorrect' : 'wrong');
			this.set(`${at}.${v2004 ? 'timestamp' : 'time'}`, v2004 ? timestamp2004(event.at) : time12(event.at));
		} else {
			this.set(`${at}.id`, `scenario.${event.scenarioId}.${event.playThrough}.${event.step}.${event.nodeId}`);
			this.set(`${at}.type`, 'choice');
			dimensionObjectiveIds(event.score).forEach((id, i) => this.set(`${at}.objectives.${i}.id`, id));
			// A prepared choice by its letter; a free reply by its rule, never by its words.
			const response = event.ref.ruleIndex === undefined ? letter(event.ref.choiceIndex) : `regel-${event.ref.ruleIndex + 1}`;
			this.set(`${at}.${v2004 ? 'learner_response' : 'student_response'}`, response);
			this.set(`${at}.result`, 'neutral');
			this.set(`${at}.${v2004 ? 'timestamp' : 'time'}`, v2004 ? timestamp2004(event.at) : time12(event.at));
			if (v2004) this.set(`${at}.description`, event.label.slice(0, 250));
		}
	}

	private get(element: string): string | undefined {
		try {
			const value = this.found.version === '2004' ? this.found.api.GetValue(element) : this.found.api.LMSGetValue(element);
			return this.lastError() ? undefined : String(value);
		} catch {
			return undefined;
		}
	}

	private set(element: string, value: string): void {
		this.call(() => (this.found.version === '2004' ? this.found.api.SetValue(element, value) : this.found.api.LMSSetValue(element, value)), 'bewaren', element);
	}

	/** Runs one API call; false (and a message kept) when the LMS says it failed, or throws. */
	private call(run: () => string, what: string, element?: string): boolean {
		let result: string;
		try {
			result = String(run());
		} catch {
			this.note(what, 'de leeromgeving gaf een fout', element);
			return false;
		}
		const code = this.lastError();
		if (result === 'true' && !code) return true;
		this.note(what, code ? this.errorString(code) : 'de leeromgeving weigerde', element);
		return false;
	}

	private lastError(): number {
		try {
			return Number(this.found.version === '2004' ? this.found.api.GetLastError() : this.found.api.LMSGetLastError()) || 0;
		} catch {
			return 0;
		}
	}

	private errorString(code: number): string {
		try {
			const text = this.found.version === '2004' ? this.found.api.GetErrorString(code) : this.found.api.LMSGetErrorString(code);
			return `code ${code}${text ? `: ${text}` : ''}`;
		} catch {
			return `code ${code}`;
		}
	}

	private note(what: string, detail: string, element?: string) {
		this.problem ??= `De leeromgeving van je organisatie kon je voortgang niet ${what}${element ? ` (${element})` : ''}: ${detail}. Je voortgang blijft op dit apparaat bewaard.`;
	}
}
