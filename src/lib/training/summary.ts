/**
 * What is left of a training session afterwards: a summary for the printed hand-out and for the
 * JSON download, one and the same data. It holds the scenario, the day, the group's way with the
 * votes at every decision, the discussion prompts, the outcome and (unless the trainer hid them)
 * the scores. The group appears only as counts: nothing about any person is in it, and the JSON
 * holds nothing the printed page does not show.
 *
 * Built from the decisions as the screen shows them (`deriveView`), so the summary can never
 * disagree with what the group saw.
 */
import { standingOf, type ChoiceQuality, type Standing } from '../scoring/quality';
import type { RubricDimension } from '../content/types';
import type { ScenarioData } from '../scenario/types';
import { localDate } from '../progress/file-name';
import { choicesMade, isFinished } from './session';
import type { TrainingSession } from './types';
import { deriveView } from './view';

export const SUMMARY_FORMAT = 'bamboe-trainingssessie';
export const SUMMARY_VERSION = 1;

export interface SummaryChoice {
	/** As numbered on screen. */
	number: number;
	label: string;
	/** Votes for this answer; null when the trainer entered no votes at this decision. */
	votes: number | null;
	chosen: boolean;
}

export interface SummaryStep {
	number: number;
	/** The discussion prompt shown at this decision, if the scenario has one there. */
	discuss: string | null;
	choices: SummaryChoice[];
	/** All votes at this decision; null when none were entered. */
	votes: number | null;
	chosen: { number: number; label: string; quality: ChoiceQuality; feedback: string; source: string };
	/** The trainer showed the feedback on every answer here. */
	allRevealed: boolean;
}

export interface SummaryScore {
	dimension: string;
	name: string;
	/** Share of the best total reachable in this scenario, 0..1; null where no points can be had. */
	share: number | null;
	standing: Standing | null;
}

export interface SessionSummary {
	format: typeof SUMMARY_FORMAT;
	version: typeof SUMMARY_VERSION;
	/** The day the summary was made, as `2026-03-14`. */
	date: string;
	scenario: { id: string; title: string; module: { number: number; title: string } };
	/** The group reached an ending; otherwise the summary covers the decisions taken so far. */
	finished: boolean;
	steps: SummaryStep[];
	/** The ending: its short label (if the author gave one) and the client's last words. */
	outcome: { label: string | null; texts: string[] } | null;
	scoresHidden: boolean;
	/** Per skill of the scenario; null when the trainer hid the scores, or the group did not finish. */
	scores: SummaryScore[] | null;
}

export interface SummaryInput {
	scenario: ScenarioData;
	module: { number: number; title: string };
	/** The scenario's skills, with their Dutch names. */
	dimensions: readonly RubricDimension[];
	session: TrainingSession;
	scoresHidden: boolean;
	now: Date;
}

export function sessionSummary({ scenario, module, dimensions, session, scoresHidden, now }: SummaryInput): SessionSummary {
	const decided = choicesMade(session).length;
	const steps = session.steps.slice(0, decided).map((_, position) => summaryStep(scenario, { ...session, position }));
	const finished = isFinished(scenario, session);
	const end = finished ? deriveView(scenario, { ...session, position: session.steps.length }) : undefined;
	const names = new Map(dimensions.map((d) => [d.id, d.name]));
	return {
		format: SUMMARY_FORMAT,
		version: SUMMARY_VERSION,
		date: localDate(now),
		scenario: { id: scenario.id, title: scenario.title, module: { number: module.number, title: module.title } },
		finished,
		steps,
		outcome: end?.kind === 'end' ? { label: end.outcome ?? null, texts: end.texts } : null,
		scoresHidden,
		scores:
			end?.kind === 'end' && !scoresHidden
				? end.results.map((r) => ({
						dimension: r.dimension,
						name: names.get(r.dimension) ?? r.dimension,
						share: r.share,
						standing: r.share === null ? null : standingOf(r.share)
					}))
				: null
	};
}

function summaryStep(scenario: ScenarioData, session: TrainingSession): SummaryStep {
	const view = deriveView(scenario, session);
	if (view.kind !== 'decision' || !view.chosen) throw new Error(`beslissing ${session.position + 1} heeft geen keuze`);
	const { chosen } = view;
	return {
		number: view.number,
		discuss: view.discuss ?? null,
		choices: view.choices.map((choice) => ({
			number: choice.number,
			label: choice.label,
			votes: view.votes ? (view.votes.rows.find((row) => row.number === choice.number)?.count ?? 0) : null,
			chosen: choice.index === chosen.index
		})),
		votes: view.votes?.total ?? null,
		chosen: { number: chosen.number, label: chosen.label, quality: chosen.quality, feedback: chosen.feedback, source: chosen.source },
		allRevealed: view.alternatives !== null
	};
}

/** The JSON file: exactly the summary, readable. */
export function summaryJson(summary: SessionSummary): string {
	return `${JSON.stringify(summary, null, 2)}\n`;
}

/** `bamboe-trainingssessie-intakegesprek-2026-03-14.json`: the summary's own day. */
export function summaryFileName(summary: SessionSummary): string {
	return `${SUMMARY_FORMAT}-${summary.scenario.id}-${summary.date}.json`;
}

/** Steps in groups of `size`, one group per printed page. */
export function pagesOf<T>(steps: readonly T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < steps.length; i += size) pages.push(steps.slice(i, i + size));
	return pages;
}
