/**
 * The map's data against the path analysis and the validator: the same nodes, every way on as
 * an edge with its score and condition, the best and worst totals the analysis finds, and the
 * nodes the validator reports (unreachable, no ending, stuck, never entered) marked.
 */
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '$lib/scenario/analyse';
import { replyLabel } from '$lib/scenario/respond';
import { validateScenario } from '$lib/scenario/validate';
import { describeEdge } from '$lib/workshop/describe';
import { checkDraft } from '$lib/workshop/check';
import { nodeMarks, type ScenarioMap } from '$lib/workshop/map';
import { TEMPLATE_FILE_NAME, TEMPLATE_TEXT } from '$lib/workshop/template';
import { courseForCheck, courseScenarioTexts } from './course';
import { fixtureFile, readFixture, RUBRIC_IDS } from '../scenario/fixtures';

const fixtures = import.meta.glob('../../fixtures/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function fixtureMap(name: string): ScenarioMap {
	const text = fixtures[`../../fixtures/scenarios/${name}.yaml`]!;
	const result = checkDraft(text, { folder: '01-test', fileName: `${name}.yaml` }, { rubricIds: [...RUBRIC_IDS], scenarios: [] });
	if (!result.map) throw new Error(`geen kaart voor ${name}`);
	return result.map;
}

/** The nodes the validator reports with a message, for one fixture. */
function reported(name: string, message: RegExp): string[] {
	const { problems } = validateScenario(readFixture(name), { file: fixtureFile(name), id: name, moduleId: 't', rubricIds: RUBRIC_IDS });
	return problems.filter((p) => message.test(p.message)).map((p) => String(p.path?.[1]));
}

describe('the map of every course scenario', () => {
	for (const [path, text] of Object.entries(courseScenarioTexts)) {
		it(path, () => {
			const [, folder = '', , fileName = ''] = path.split('/');
			const { map, scenario } = checkDraft(text, { folder, fileName }, courseForCheck());
			expect(scenario).toBeDefined();
			const definition = scenario!;
			const analysis = analyseScenario(definition);

			expect(map!.nodes.map((n) => n.id)).toEqual(definition.nodeOrder);
			expect(map!.start).toBe(definition.start);
			const expectedEdges = definition.nodeOrder.flatMap((id) => {
				const node = definition.nodes[id]!;
				return [
					...(node.choices ?? []).map((c, index) => ({ from: id, to: c.next, kind: 'choice', index, score: c.score, trust: c.trust, sets: c.sets ?? [], label: c.label, ...(c.if && { if: c.if }) })),
					...(node.respond?.rules ?? []).map((r, index) => ({ from: id, to: r.next, kind: 'reply', index, score: r.score, trust: r.trust, sets: r.sets ?? [], label: replyLabel(r), unless: r.unless ?? [] })),
					...(node.next ?? []).map((r, index) => ({ from: id, to: r.to, kind: 'rule', index, ...(r.if && { if: r.if }) }))
				];
			});
			expect(map!.edges).toHaveLength(expectedEdges.length);
			map!.edges.forEach((edge, i) => expect(edge).toMatchObject(expectedEdges[i]!));

			expect(map!.played).toEqual({ best: analysis.best, worst: analysis.worst, decisions: analysis.decisions, complete: true });
			expect(map!.played!.best).toEqual(definition.best);
			for (const node of map!.nodes) {
				expect(node.unreachable || node.noEnding || node.stuck || node.unvisited || node.unmetRequires > 0, node.id).toBe(false);
			}
			expect(map!.nodes.filter((n) => n.kind === 'end').map((n) => n.id)).toEqual([...analysis.endings, ...analysis.unreachableEndings]);
		});
	}

	it('names a free reply\'s rules as authors write them, with their moves, points and what rules a reply out', () => {
		const draft = checkDraft(
			[
				'title: Antwoord',
				'summary: Kort.',
				'client: Ilse',
				'rubric: [doorvragen]',
				'start: begin',
				'nodes:',
				'  begin:',
				'    text: Hallo.',
				'    choices:',
				'      - { label: Vraag door, score: { doorvragen: 1 }, feedback: Goed., source: "aanbeveling 7e", next: einde }',
				'    respond:',
				'      prompt: Wat zeg je?',
				'      strong: Een open vraag.',
				'      rules:',
				'        - { moves: [open-vraag], unless: [belofte], score: { doorvragen: 1 }, trust: 1, feedback: Goed., source: "aanbeveling 7e", next: einde }',
				'        - { feedback: Misschien., source: "aanbeveling 7e", next: einde }',
				'  einde:',
				'    text: Klaar.',
				'    end: true'
			].join('\n'),
			{ folder: '05-de-therapeutische-relatie', fileName: 'antwoord.yaml' },
			courseForCheck()
		);
		const replies = draft.map!.edges.filter((edge) => edge.kind === 'reply');
		const name = (id: string) => (id === 'doorvragen' ? 'Doorvragen' : id);
		expect(replies.map((edge) => describeEdge(edge, name))).toEqual([
			'regel 1 van respond → einde: Eigen antwoord: open vraag (Doorvragen +1; niet bij belofte; trust +1; deels helpend)',
			'regel 2 van respond → einde: Eigen antwoord (geen punten; deels helpend)'
		]);
		expect(replies.map((edge) => edge.line)).toEqual([15, 16]);
	});

	it('lays nodes out by their fewest steps from the start', () => {
		for (const [path, text] of Object.entries(courseScenarioTexts)) {
			const [, folder = '', , fileName = ''] = path.split('/');
			const { map } = checkDraft(text, { folder, fileName }, courseForCheck());
			const layer = new Map(map!.nodes.map((n) => [n.id, n.layer]));
			expect(layer.get(map!.start!)).toBe(0);
			for (const edge of map!.edges) expect(layer.get(edge.to!)!, path).toBeLessThanOrEqual(layer.get(edge.from)! + 1);
			for (const node of map!.nodes.filter((n) => n.layer > 0)) {
				expect(map!.edges.some((e) => e.to === node.id && layer.get(e.from) === node.layer - 1), node.id).toBe(true);
			}
		}
	});

	it('gives every node and choice its line in the file', () => {
		const [path, text] = Object.entries(courseScenarioTexts)[0]!;
		const [, folder = '', , fileName = ''] = path.split('/');
		const { map } = checkDraft(text, { folder, fileName }, courseForCheck());
		const lines = text.split('\n');
		for (const node of map!.nodes) expect(lines[node.line! - 1]).toMatch(new RegExp(`^\\s*${node.id}:`));
		for (const edge of map!.edges.filter((e) => e.kind === 'choice')) expect(lines[edge.line! - 1]).toMatch(/^\s*- label:/);
	});
});

describe('the map marks what the validator reports', () => {
	it('nodes no way reaches from the start', () => {
		const map = fixtureMap('reject-unreachable');
		expect(map.nodes.filter((n) => n.unreachable).map((n) => n.id)).toEqual(reported('reject-unreachable', /niet te bereiken/));
		expect(nodeMarks(map.nodes.find((n) => n.id === 'vergeten')!)).toContain('onbereikbaar');
		// Unreachable nodes are drawn after the last layer.
		expect(map.nodes.find((n) => n.id === 'vergeten')!.layer).toBe(Math.max(...map.nodes.filter((n) => !n.unreachable).map((n) => n.layer)) + 1);
	});

	it('nodes from which no ending can be reached', () => {
		const map = fixtureMap('reject-no-end');
		const expected = reported('reject-no-end', /geen einde/);
		expect(expected.length).toBeGreaterThan(0);
		expect(map.nodes.filter((n) => n.noEnding).map((n) => n.id)).toEqual(expected);
		for (const id of expected) expect(nodeMarks(map.nodes.find((n) => n.id === id)!)).toContain('loopt vast');
	});

	it('nodes where a real path finds no choice offered', () => {
		const map = fixtureMap('reject-stuck-path');
		const expected = reported('reject-stuck-path', /geen enkele keuze aangeboden/);
		expect(expected).toEqual(['midden']);
		expect(map.nodes.filter((n) => n.stuck).map((n) => n.id)).toEqual(expected);
		expect(nodeMarks(map.nodes.find((n) => n.id === 'midden')!)).toContain('loopt vast');
	});

	it('nodes and choices no real path reaches, as warnings', () => {
		expect(fixtureMap('warn-unvisited').nodes.filter((n) => n.unvisited).map((n) => n.id)).toEqual(reported('warn-unvisited', /geen enkel pad komt langs/));
		const analysis = analyseScenario(validateScenario(readFixture('warn-never-offered'), { file: 'x', id: 'x', moduleId: 't', rubricIds: RUBRIC_IDS }).scenario!);
		expect(fixtureMap('warn-never-offered').edges.filter((e) => e.neverOffered).map((e) => ({ nodeId: e.from, choiceIndex: e.index }))).toEqual(analysis.neverOffered);
	});

	it('endings real paths reach against their requires, with the number of different arrivals', () => {
		const map = fixtureMap('reject-requires-unmet');
		const { played } = validateScenario(readFixture('reject-requires-unmet'), { file: 'x', id: 'x', moduleId: 't', rubricIds: RUBRIC_IDS });
		const unmet = played!.analysis.unmetRequirements;
		expect(unmet.length).toBeGreaterThan(0);
		expect(map.nodes.filter((n) => n.unmetRequires > 0).map((n) => [n.id, n.unmetRequires])).toEqual(unmet.map((u) => [u.nodeId, u.paths.length]));
	});

	it('a reference to a node that does not exist, as an edge without a target, and no marks that would be guesses', () => {
		const text = TEMPLATE_TEXT.replace('next: vraag\n      - label', 'next: nergens-te-vinden\n      - label');
		const { map } = checkDraft(text, { folder: '07-eigen-casus', fileName: TEMPLATE_FILE_NAME }, courseForCheck());
		expect(map!.shapeKnown).toBe(false);
		expect(map!.edges.filter((e) => e.to === undefined).map((e) => e.target)).toEqual(['nergens-te-vinden']);
		expect(map!.nodes.some((n) => n.unreachable || n.noEnding)).toBe(false);
		expect(map!.played).toBeUndefined();
	});
});
