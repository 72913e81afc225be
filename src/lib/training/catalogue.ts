/**
 * The scenarios a trainer can choose from, grouped by module in course order: small listing
 * data for /training/ and the facilitator guide (no nodes), and finding one scenario by id for
 * its training page.
 */
import { scenarioDimensions } from '../scoring/result';
import type { Course, Module, RubricDimension } from '../content/types';
import type { DecisionRange, ScenarioData } from '../scenario/types';
import { sessionDuration, type SessionDuration } from './duration';

export interface TrainingScenarioSummary {
	id: string;
	title: string;
	summary: string;
	client: string;
	contentNote?: string;
	/** Names of the skills the scenario practises, in the scenario's rubric order. */
	skills: string[];
	/** The fewest and the most decisions on a real path (from the path analysis). */
	decisions: DecisionRange;
	/** Minutes for a session, by the rule in `duration.ts`. */
	minutes: SessionDuration;
}

export interface TrainingModuleGroup {
	id: string;
	number: number;
	title: string;
	scenarios: TrainingScenarioSummary[];
}

export function trainingCatalogue(course: Course): TrainingModuleGroup[] {
	return course.modules
		.filter((module) => module.scenarios.length > 0)
		.map((module) => ({
			id: module.id,
			number: module.number,
			title: module.title,
			scenarios: module.scenarios.map((scenario) => summarise(scenario, course.rubric))
		}));
}

function summarise(scenario: ScenarioData, rubric: RubricDimension[]): TrainingScenarioSummary {
	return {
		id: scenario.id,
		title: scenario.title,
		summary: scenario.summary,
		client: scenario.client,
		...(scenario.contentNote !== undefined && { contentNote: scenario.contentNote }),
		skills: scenarioDimensions(scenario, rubric).map((d) => d.name),
		decisions: scenario.decisions,
		minutes: sessionDuration(scenario.decisions)
	};
}

/** Scenario ids are unique across the course (the loader refuses duplicates). */
export function findTrainingScenario(course: Course, scenarioId: string): { module: Module; scenario: ScenarioData } | undefined {
	for (const module of course.modules) {
		const scenario = module.scenarios.find((s) => s.id === scenarioId);
		if (scenario) return { module, scenario };
	}
	return undefined;
}
