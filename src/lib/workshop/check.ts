/**
 * Checks a draft scenario in the workshop as `npm run validate` would check it as a file in
 * `modules/`: the same file-name rule, size bound, YAML reading, validation and path analysis
 * (`scenario-file.ts`), and the course-wide rule that scenario ids are unique. The problems are
 * the loader's, word for word, in the order the command prints them; the map is drawn from the
 * same reading. Pure: it runs in a worker in the browser and in unit tests.
 */
import { fileTooLarge, MAX_FILE_BYTES } from '../content/limits';
import { inReportOrder, type Problem } from '../content/problems';
import { checkScenarioText, duplicateScenarioIds, readScenarioFileName, type ScenarioFileId } from '../content/scenario-file';
import { outlineOf } from '../scenario/outline';
import type { ScenarioData } from '../scenario/types';
import { scenarioMap, type ScenarioMap } from './map';
import { folderParts } from './target';

/** Where the draft would go in the course: `modules/<folder>/scenarios/<fileName>`. */
export interface DraftTarget {
	/** A module folder, like `05-de-therapeutische-relatie` or a new `07-eigen-casus`. */
	folder: string;
	/** The file name, which is the scenario's id: `eigen-casus.yaml`. */
	fileName: string;
}

/** What the check needs to know of the course. */
export interface CourseForCheck {
	/** The dimension ids of `modules/rubric.yaml`. */
	rubricIds: string[];
	/** Every scenario of the course, in course order, with its module's number. */
	scenarios: (ScenarioFileId & { moduleNumber: number })[];
}

export interface DraftCheck {
	/** The path the problems name. */
	file: string;
	/** Errors first, then warnings, each by line: as `npm run validate` prints them. */
	problems: Problem[];
	/** The scenario, playable, when validation found no error in it. */
	scenario?: ScenarioData;
	/** Undefined while the text cannot be read as YAML or is not a scenario at all. */
	map?: ScenarioMap;
}

export function draftFile(target: DraftTarget): string {
	return `modules/${target.folder}/scenarios/${target.fileName}`;
}

export function checkDraft(text: string, target: DraftTarget, course: CourseForCheck): DraftCheck {
	const file = draftFile(target);
	const name = readScenarioFileName(file, target.fileName);
	if (!name.ok) return { file, problems: [name.problem] };
	const size = new TextEncoder().encode(text).length;
	if (size > MAX_FILE_BYTES) return { file, problems: [fileTooLarge(file, size)] };

	const checked = checkScenarioText(text, {
		file,
		id: name.id,
		moduleId: folderParts(target.folder).id,
		rubricIds: course.rubricIds
	});
	const duplicates = duplicateScenarioIds(withDraft(course, { id: name.id, file }, folderParts(target.folder).number)).filter((p) => p.file === file);
	const outline = checked.yaml.value === undefined ? undefined : outlineOf(checked.yaml.value);
	return {
		file,
		problems: inReportOrder([...checked.problems, ...duplicates]),
		...(checked.scenario && { scenario: checked.scenario }),
		...(outline && { map: scenarioMap(outline, checked.yaml.keyLineOf, checked.played?.analysis) })
	};
}

/** The course's scenarios in course order with the draft in its module's place, replacing the file it was opened from. */
function withDraft(course: CourseForCheck, draft: ScenarioFileId, number: number): ScenarioFileId[] {
	const others = course.scenarios.filter((s) => s.file !== draft.file);
	const at = others.findIndex((s) => s.moduleNumber > number);
	return at < 0 ? [...others, draft] : [...others.slice(0, at), draft, ...others.slice(at)];
}

