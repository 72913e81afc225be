import { describe, expect, it } from 'vitest';
import { formatProblem } from '$lib/content/problems';
import { checkDraft, draftFile, type DraftTarget } from '$lib/workshop/check';
import { TEMPLATE_FILE_NAME, TEMPLATE_TEXT } from '$lib/workshop/template';
import { courseForCheck, courseScenarioTexts, loadCourseWith } from './course';

const target: DraftTarget = { folder: '07-eigen-casus', fileName: TEMPLATE_FILE_NAME };
const file = draftFile(target);

/** What `npm run validate` prints about `file` when the course holds it, line by line. */
async function validateSays(text: string, at = file): Promise<string[]> {
	const { problems } = await loadCourseWith({ [at]: text });
	const errors = problems.filter((p) => p.file === at && p.severity === 'error');
	const warnings = problems.filter((p) => p.file === at && p.severity === 'warning');
	return [...errors, ...warnings].map(formatProblem);
}

function workshopSays(text: string, where = target): string[] {
	return checkDraft(text, where, courseForCheck()).problems.map(formatProblem);
}

describe('the template', () => {
	it('is a valid scenario as it is, without a warning, with a flag and endings that declare what they need', () => {
		const result = checkDraft(TEMPLATE_TEXT, target, courseForCheck());
		expect(result.problems).toEqual([]);
		expect(result.scenario?.flags).toEqual(['belofte']);
		const endings = Object.values(result.scenario!.nodes).filter((n) => n.end);
		expect(endings.length).toBeGreaterThan(1);
		for (const ending of endings) expect(ending.requires).toBeTruthy();
	});

	it('explains every key in a comment just above its first use', () => {
		const lines = TEMPLATE_TEXT.split('\n');
		const keys = ['title', 'summary', 'client', 'contentNote', 'feedback', 'rubric', 'trust', 'flags', 'start', 'nodes', 'text', 'discuss', 'choices', 'label', 'score', 'source', 'sets', 'if', 'end', 'outcome', 'requires'];
		for (const key of keys) {
			const at = lines.findIndex((line) => new RegExp(`^\\s*(- )?${key}:`).test(line));
			expect(at, key).toBeGreaterThan(0);
			expect(lines.slice(Math.max(0, at - 3), at).some((line) => line.trim().startsWith('#')), key).toBe(true);
		}
	});
});

describe('checkDraft says what npm run validate says, word for word', () => {
	const broken: Record<string, string> = {
		'a tab as indentation': TEMPLATE_TEXT.replace('    text: |\n      Sam zit', '\ttext: |\n      Sam zit'),
		'an unknown key with a near name': TEMPLATE_TEXT.replace('summary:', 'sumary:'),
		'a next with a typo': TEMPLATE_TEXT.replace('next: vraag\n      - label', 'next: vraaag\n      - label'),
		'a score out of range and an unknown dimension': TEMPLATE_TEXT.replace('score: { regie: 2, tempo: 1 }', 'score: { regie: 5, tmpo: 1 }'),
		'an ending whose requires real paths break': TEMPLATE_TEXT.replace('      - if: belofte == 1\n        to: einde_belofte\n', ''),
		'an unreachable node and a flag never set': TEMPLATE_TEXT.replace('        sets: [belofte]\n', '').replace('to: einde_belofte', 'to: einde_samen').replace('requires: belofte == 1', 'requires: belofte == 0'),
		'not a scenario at all': '- een\n- lijst\n'
	};
	for (const [what, text] of Object.entries(broken)) {
		it(what, async () => {
			const says = workshopSays(text);
			expect(says.length).toBeGreaterThan(0);
			expect(says).toEqual(await validateSays(text));
		});
	}

	it('an id another scenario of the course has already', async () => {
		// A copy of the first module's scenario in a later module of the course (a complete one,
		// since the loader compares the scenarios of modules it could read).
		const paths = Object.keys(courseScenarioTexts).sort();
		const [path, text] = [paths[0]!, courseScenarioTexts[paths[0]!]!];
		const laterFolder = paths.at(-1)!.split('/')[1]!;
		expect(laterFolder).not.toBe(path.split('/')[1]);
		const copy = { folder: laterFolder, fileName: path.split('/').at(-1)! };
		const says = workshopSays(text, copy);
		expect(says).toHaveLength(1);
		expect(says[0]).toMatch(/er is al een scenario met de id/);
		expect(says).toEqual(await validateSays(text, draftFile(copy)));
	});

	it('a file name that is no id', async () => {
		const badName = { folder: '07-eigen-casus', fileName: 'Mijn Scenario.yaml' };
		expect(workshopSays(TEMPLATE_TEXT, badName)).toEqual(await validateSays(TEMPLATE_TEXT, draftFile(badName)));
	});

	it('a file too large to be content', async () => {
		const large = `${TEMPLATE_TEXT}\n# ${'x'.repeat(520 * 1024)}\n`;
		expect(workshopSays(large)).toEqual(await validateSays(large));
	});

	it('nothing about a course scenario opened as it is', () => {
		for (const [path, text] of Object.entries(courseScenarioTexts)) {
			const [, folder = '', , fileName = ''] = path.split('/');
			expect(checkDraft(text, { folder, fileName }, courseForCheck()).problems, path).toEqual([]);
		}
	});
});
