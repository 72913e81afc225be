/** The workshop's smaller parts: the module folder around a scenario, the preview from a node, the latest-only check, the layout. */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { analyseScenario } from '$lib/scenario/analyse';
import { createScenarioMachine, currentNodeId } from '$lib/scenario/machine';
import { initialTransition } from 'xstate';
import { checkDraft, draftFile } from '$lib/workshop/check';
import { LatestOnly } from '$lib/workshop/latest-only';
import { layoutMap, NODE_HEIGHT, NODE_WIDTH } from '$lib/workshop/layout';
import { moduleFolderFiles, sourcesOf } from '$lib/workshop/module-folder';
import { previewFrom } from '$lib/workshop/preview';
import { folderParts, moduleNameProblem, newModuleFolder, nextModuleNumber, targetOfFile } from '$lib/workshop/target';
import { TEMPLATE_FILE_NAME, TEMPLATE_TEXT } from '$lib/workshop/template';
import { zipTextFiles } from '$lib/workshop/zip';
import { courseForCheck, courseScenarioTexts, loadCourseWith } from './course';

const target = { folder: '07-eigen-casus', fileName: TEMPLATE_FILE_NAME };

describe('the module folder around a scenario', () => {
	it('passes npm run validate when added to the course, as a zip unpacked into modules/', async () => {
		const scenario = checkDraft(TEMPLATE_TEXT, target, courseForCheck()).scenario!;
		const files = moduleFolderFiles(
			{ folder: target.folder, title: 'Eigen casus: <slapen> & *rust*', summary: 'Een gesprek # over slaap.', minutes: 20, goals: ['Je oefent [eerlijk] zijn.'] },
			scenario,
			target.fileName,
			TEMPLATE_TEXT
		);
		const unpacked = Object.fromEntries(Object.entries(unzipSync(zipTextFiles(files))).map(([path, bytes]) => [`modules/${path}`, strFromU8(bytes)]));
		expect(Object.keys(unpacked).sort()).toEqual([`modules/${target.folder}/lessons/01-inleiding.md`, `modules/${target.folder}/module.md`, draftFile(target)]);
		const { problems, course } = await loadCourseWith(unpacked);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		const module = course!.modules.find((m) => m.id === 'eigen-casus')!;
		expect(module.title).toBe('Eigen casus: <slapen> & *rust*');
		expect(module.lessons[0]!.sources).toBe(`${sourcesOf(scenario).join('; ')}.`);
		expect(module.scenarios.map((s) => s.id)).toEqual(['eerste-gesprek']);
	});

	it('names each source of the choices once', () => {
		const scenario = checkDraft(TEMPLATE_TEXT, target, courseForCheck()).scenario!;
		expect(sourcesOf(scenario)).toEqual(['aanbeveling 7e', 'aanbeveling 8a', '§6', 'aanbeveling 7c']);
	});
});

describe('where a draft goes', () => {
	it('numbers a new module after the last and refuses names the course has taken', () => {
		expect(nextModuleNumber([{ number: 1 }, { number: 6 }])).toBe(7);
		expect(newModuleFolder(7, 'Eigen casus!')).toBe('07-eigen-casus');
		expect(folderParts('07-eigen-casus')).toEqual({ number: 7, id: 'eigen-casus' });
		expect(folderParts('zonder-nummer')).toEqual({ number: Infinity, id: 'zonder-nummer' });
		expect(moduleNameProblem('Werkplaats', ['werkplaats'])).toMatch(/al in gebruik/);
		expect(moduleNameProblem('???', [])).toMatch(/letters of cijfers/);
		expect(moduleNameProblem('Eigen casus', ['werkplaats'])).toBeUndefined();
		expect(targetOfFile('modules/05-x/scenarios/intake.yaml')).toEqual({ folder: '05-x', fileName: 'intake.yaml' });
	});
});

describe('previewFrom', () => {
	it('starts the real machine at the chosen node, totals at 0, with the best reachable from there', () => {
		const [path, text] = Object.entries(courseScenarioTexts).find(([p]) => p.includes('intakegesprek'))!;
		const scenario = checkDraft(text, targetOfFile(path), courseForCheck()).scenario!;
		const node = scenario.nodeOrder.find((id) => id !== scenario.start && scenario.nodes[id]!.choices)!;
		const preview = previewFrom(scenario, node);
		expect(preview.start).toBe(node);
		expect(preview.best).toEqual(analyseScenario({ ...scenario, start: node }).best);
		const [first] = initialTransition(createScenarioMachine(preview));
		expect(currentNodeId(first)).toBe(node);
		expect(Object.values(first.context.totals).every((t) => t === 0)).toBe(true);
		expect(previewFrom(scenario, scenario.start)).toBe(scenario);
	});
});

describe('LatestOnly', () => {
	it('runs the first request and then only the newest of those that came meanwhile', async () => {
		const ran: string[] = [];
		const shown: string[] = [];
		const pending: (() => void)[] = [];
		const latest = new LatestOnly<string, string>(
			(request) =>
				new Promise((resolve) => {
					ran.push(request);
					pending.push(() => resolve(request.toUpperCase()));
				}),
			(result) => shown.push(result)
		);
		latest.request('a');
		latest.request('b');
		latest.request('c');
		expect(ran).toEqual(['a']);
		pending.shift()!();
		await expect.poll(() => ran).toEqual(['a', 'c']);
		expect(shown).toEqual([]);
		pending.shift()!();
		await expect.poll(() => shown).toEqual(['C']);
	});
});

describe('layoutMap', () => {
	it('places every node apart, inside the drawing, and draws one line per pair of nodes', () => {
		for (const [path, text] of Object.entries(courseScenarioTexts)) {
			const { map } = checkDraft(text, targetOfFile(path), courseForCheck());
			const layout = layoutMap(map!);
			expect(layout.nodes).toHaveLength(map!.nodes.length);
			for (const a of layout.nodes) {
				expect(a.x).toBeGreaterThanOrEqual(0);
				expect(a.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
				expect(a.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
				for (const b of layout.nodes) {
					if (a !== b) expect(Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT, `${a.node.id} ${b.node.id}`).toBe(true);
				}
			}
			const pairs = new Set(map!.edges.map((e) => `${e.from} ${e.to}`));
			expect(layout.edges).toHaveLength(pairs.size);
			expect(layout.edges.flatMap((e) => e.edges)).toHaveLength(map!.edges.length);
		}
	});
});
