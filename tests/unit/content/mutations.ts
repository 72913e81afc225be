/**
 * Mutations of real course content for the fuzz test: each takes a copy of the course's files
 * and changes one file the way a slip, a tool or an attacker might (keys deleted, wrong types,
 * numbers out of range, unicode, broken bytes, YAML tricks, deep nesting, graph changes, odd
 * names, hostile links). Where the change must be refused at a known place, it says where.
 */
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, stringify, type Node } from 'yaml';

/** Path → content; bytes where a mutation wrote bytes that are not text. */
export type Files = Map<string, string | Uint8Array>;

export const KINDS = [
	'deleteKey',
	'wrongType',
	'outOfRange',
	'unicode',
	'bytes',
	'yamlTrick',
	'deepNesting',
	'graph',
	'names',
	'condition',
	'hostileLink',
	'markdownTrick',
	'figure',
	'sortQuestion'
] as const;
export type Kind = (typeof KINDS)[number];

/** One mutation: what to do, to which file, with which free choices (indexes into the lists below). */
export interface Mutation {
	kind: Kind;
	target: number;
	picks: number[];
	text: string;
}

export interface Mutated {
	files: Files;
	/** The file changed (or renamed to). */
	file: string;
	description: string;
	/** An error the loader must report: in this file, at this line when one is given. */
	expectError?: { file: string; line?: number };
}

const pick = <T>(list: readonly T[], n: number | undefined): T => list[(n ?? 0) % list.length]!;

export function mutate(base: Files, targets: readonly string[], mutation: Mutation): Mutated {
	const files: Files = new Map(base);
	const file = pick(targets, mutation.target);
	const source = files.get(file);
	const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
	const [p0 = 0, p1 = 0, p2 = 0] = mutation.picks;
	const isYaml = file.endsWith('.yaml');
	const done = (newText: string | Uint8Array, description: string, expectError?: Mutated['expectError'], path = file): Mutated => {
		if (path !== file) files.delete(file);
		files.set(path, newText);
		const expected = expectError && { file: expectError.file || path, ...(expectError.line !== undefined && { line: expectError.line }) };
		return { files, file: path, description: `${mutation.kind} ${path}: ${description}`, ...(expected && { expectError: expected }) };
	};
	/** Applies a YAML change to a YAML file, or to a Markdown file's frontmatter. */
	const inYaml = (change: (yaml: string) => string) => (isYaml ? change(text) : withFrontmatter(text, change));

	switch (mutation.kind) {
		case 'deleteKey':
			return done(inYaml((yaml) => deleteKey(yaml, p0)), `key ${p0} deleted`);
		case 'wrongType': {
			const value = pick(WRONG_VALUES, p1);
			return done(inYaml((yaml) => setValue(yaml, p0, value, false)), `value ${p0} set to ${JSON.stringify(value)}`);
		}
		case 'outOfRange': {
			const value = pick(OUT_OF_RANGE, p1);
			return done(inYaml((yaml) => setValue(yaml, p0, value, true)), `number ${p0} set to ${value}`);
		}
		case 'unicode': {
			const insert = p1 !== undefined && p1 % 3 === 0 ? mutation.text : pick(UNICODE, p1);
			const at = (p0 ?? 0) % (text.length + 1);
			return done(text.slice(0, at) + insert + text.slice(at), `${JSON.stringify(insert)} inserted at ${at}`);
		}
		case 'bytes':
			return bytesMutation(text, p0, p1, done);
		case 'yamlTrick':
			return yamlTrick(text, isYaml, p0, p1, done);
		case 'deepNesting':
			return deepNesting(text, isYaml, p0, p1, done);
		case 'graph':
			if (!isScenario(file)) return done(inYaml((yaml) => deleteKey(yaml, p0)), 'no graph here: key deleted instead');
			return done(graphChange(text, p0, p1, p2), `graph change ${p0 % GRAPH_CHANGES} (${p1}, ${p2})`);
		case 'names':
			return rename(files, file, text, p0, p1, done);
		case 'condition': {
			if (!isScenario(file)) return done(inYaml((yaml) => setValue(yaml, p0, pick(CONDITIONS, p1), false)), 'condition text as a value');
			const condition = pick(CONDITIONS, p1);
			return done(setCondition(text, p0, condition), `condition ${JSON.stringify(condition)}`);
		}
		case 'hostileLink': {
			const link = pick(HOSTILE, p1);
			// In YAML it is plain text (scenario text, explanations), shown as text: no error due.
			if (isYaml) return done(setValue(text, p0, link, false), `${JSON.stringify(link)} as a value`);
			return insertParagraph(text, file, p0, link, done, true);
		}
		case 'markdownTrick': {
			const [trick, refused] = pick(MARKDOWN_TRICKS, p1);
			if (isYaml) return done(setValue(text, p0, trick, false), `${JSON.stringify(trick.slice(0, 40))} as a value`);
			return insertParagraph(text, file, p0, trick, done, refused);
		}
		case 'figure':
			if (!/\/lessons\//.test(file)) return done(inYaml((yaml) => deleteKey(yaml, p0)), 'no lesson: key deleted instead');
			return figureChange(text, p0, p1, done);
		case 'sortQuestion':
			if (!file.endsWith('/quiz.yaml')) return done(inYaml((yaml) => deleteKey(yaml, p0)), 'no quiz: key deleted instead');
			return sortQuestionChange(text, p0, p1, done);
	}
}

function isScenario(file: string): boolean {
	return /\/scenarios\/[^/]+\.yaml$/.test(file);
}

// ---- values ----------------------------------------------------------------------------

const WRONG_VALUES: unknown[] = [42, -1, 'tekst', '', [], {}, null, true, [1, 2], { a: 1 }, 'x'.repeat(2000), [[[]]]];
const OUT_OF_RANGE = [Infinity, -Infinity, NaN, 2 ** 53, 2 ** 53 + 2, -4, 4, 0.5, -0, 601, 1e308, -1001, 1000000];
const UNICODE = ['\u202e', '\u200b', 'e\u0301\u0301\u0301', '👩‍⚕️', '\u0000', '\ud800', '\uffff', 'İ', 'ß', '\u2028', 'Ω≈ç√', '\r'];
const CONDITIONS = [
	'regie == 9007199254740992 and regie != 9007199254740992',
	`regie >= ${'9'.repeat(400)}`,
	'trust >= 2 and',
	'(trust > 1)',
	'trust => 2',
	'constructor >= 1',
	'__proto__ == 0',
	'trust > 5',
	'trust >= 2 or trust <= -2',
	'x'.repeat(500),
	'trust >= -1000 and trust <= 1000',
	'vertrouwen >= 1',
	'trust >= 1.5',
	'trust >= 2 ' + 'and trust >= 2 '.repeat(200)
];
const HOSTILE = [
	'[x](javascript:alert(1))',
	'[x](JavaScript:alert(1))',
	'<javascript:alert(1)>',
	'[x](data:text/html,hallo)',
	'[x](vbscript:msgbox)',
	'[x](jav&#x61;script:alert(1))',
	'[x](//evil.example/)',
	'[x](/\\evil.example/)',
	'![x](https://evil.example/p.png)',
	'![x](javascript:alert(1))',
	'Tekst <img src=x onerror=alert(1)> tekst.',
	'<script>alert(1)</script>',
	'[x][ref]\n\n[ref]: javascript:alert(1)'
];
/** Markdown oddities, and whether each must be refused. */
const MARKDOWN_TRICKS: [string, boolean][] = [
	['# Een kop met één hekje', true],
	['Tekst met <b>HTML</b> erin.', true],
	['*'.repeat(50_000), false],
	['## Kop\n\n'.repeat(2_000).trim(), false],
	['```\nniet afgesloten', false],
	['| a | b |\n|---|---|\n| 1 | 2 |', false],
	['[zie](/begrippen/#bestaat-niet)', true],
	['a'.repeat(200_000), false],
	['> Een citaat zonder bron', true],
	['- a\n  - b\n    - c\n      - d', false],
	['[x](https://www.113.nl/)', false]
];

// ---- YAML ------------------------------------------------------------------------------

/** The frontmatter of a Markdown file changed as YAML; the rest left as it is. */
function withFrontmatter(text: string, change: (yaml: string) => string): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) return text;
	return `---\n${change(match[1]!).replace(/\n$/, '')}\n---\n${text.slice(match[0].length)}`;
}

/** Key paths of every pair and list item, depth first. */
function pathsOf(node: Node | null | undefined, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isPair(pair) || !isScalar(pair.key)) continue;
			const path = [...prefix, String(pair.key.value)];
			out.push(path);
			pathsOf(pair.value as Node, path, out);
		}
	} else if (isSeq(node)) {
		node.items.forEach((item, i) => {
			out.push([...prefix, i]);
			pathsOf(item as Node, [...prefix, i], out);
		});
	}
	return out;
}

function deleteKey(yaml: string, n = 0): string {
	const doc = parseDocument(yaml);
	const paths = pathsOf(doc.contents as Node).filter((path) => typeof path.at(-1) === 'string');
	if (paths.length === 0) return '';
	doc.deleteIn(pick(paths, n));
	return String(doc);
}

function setValue(yaml: string, n = 0, value: unknown, numbersFirst: boolean): string {
	const doc = parseDocument(yaml);
	let paths = pathsOf(doc.contents as Node);
	if (numbersFirst) {
		const numbers = paths.filter((path) => typeof doc.getIn(path) === 'number');
		if (numbers.length) paths = numbers;
	}
	if (paths.length === 0) return stringify(value);
	doc.setIn(pick(paths, n), value);
	return String(doc);
}

function yamlTrick(text: string, isYaml: boolean, n = 0, m = 0, done: Done): Mutated {
	const body = isYaml ? text : /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
	const rebuild = (yaml: string) => (isYaml ? yaml : withFrontmatter(text, () => yaml));
	const base = body.endsWith('\n') ? body : `${body}\n`;
	const lineCount = base.split('\n').length - 1;
	/** File line of a line in the YAML (frontmatter starts on line 2). */
	const fileLine = (yamlLine: number) => (isYaml ? yamlLine : yamlLine + 1);
	switch (n % 10) {
		case 0: {
			let bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
			for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
			return done(rebuild(base + bomb), 'alias bomb appended', { file: '', line: fileLine(lineCount + 2) });
		}
		case 1:
			return done(rebuild(`${base}bin: !!binary aGVsbG8=\nset: !!set { a, b }\nfn: !!js/function "x"\n`), 'tags appended');
		case 2: {
			const lines = base.split('\n');
			const first = lines.findIndex((line) => /^[A-Za-z]\w*:/.test(line));
			if (first < 0) return done(rebuild(base), 'no key to duplicate');
			lines.splice(first + 1, 0, lines[first]!.replace(/:.*$/, ': dubbel'));
			return done(rebuild(lines.join('\n')), 'duplicate key', { file: '', line: fileLine(first + 2) });
		}
		case 3: {
			const lines = base.split('\n');
			const indented = lines.map((line, i) => [line, i] as const).filter(([line]) => /^ {2}\S/.test(line));
			if (indented.length === 0) return done(rebuild(base), 'nothing indented');
			const [line, i] = pick(indented, m);
			lines[i] = `\t${line.slice(2)}`;
			return done(rebuild(lines.join('\n')), 'tab indentation', { file: '', line: fileLine(i + 1) });
		}
		case 4:
			return done(rebuild(pick(['', '---', '--- !!set\n? a\n', '...\n', 'a: 1\n---\nb: 2\n', '# niets\n', '"alleen tekst"\n', '- een\n- lijst\n'], m)), 'odd document');
		case 5:
			return done(rebuild(`${base}m: &m { x: 1 }\nn:\n  <<: *m\n`), 'merge key');
		case 6:
			return done(rebuild(`${base}? [a, b]\n: c\n`), 'complex key', { file: '', line: fileLine(lineCount + 1) });
		case 7:
			return done(rebuild(`${base}lang: "${'x'.repeat(100_000)}"\n`), 'long scalar');
		case 8:
			return done(rebuild(`${base}a: &a [1, 2, 3]\nb: [${Array(150).fill('*a').join(', ')}]\n`), 'one anchor used 150 times');
		default:
			return done(rebuild(base.replace(/: /, ':  &x ')), 'stray anchor');
	}
}

// ---- bytes, nesting, Markdown ------------------------------------------------------------

type Done = (text: string | Uint8Array, description: string, expectError?: Mutated['expectError'], path?: string) => Mutated;

const BAD_BYTES = [[0xc3, 0x28], [0xff, 0xfe, 0xfd], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xe2, 0x82]];

function bytesMutation(text: string, n = 0, m = 0, done: Done): Mutated {
	const lines = text.split('\n');
	switch (n % 4) {
		case 0:
		case 1: {
			// Bad bytes at the start of a line: the first bad byte of the file, on that line.
			const line = m % lines.length;
			const before = new TextEncoder().encode(lines.slice(0, line).map((l) => `${l}\n`).join(''));
			const after = new TextEncoder().encode(lines.slice(line).join('\n'));
			const bad = pick(BAD_BYTES, m + n);
			return done(new Uint8Array([...before, ...bad, ...after]), `bytes ${bad.map((b) => b.toString(16))} on line ${line + 1}`, { file: '', line: line + 1 });
		}
		case 2:
			return done(`\ufeff${text}`, 'byte order mark');
		default:
			return done(text.replace(/\n/g, '\r\n'), 'Windows line ends');
	}
}

function deepNesting(text: string, isYaml: boolean, n = 0, m = 0, done: Done): Mutated {
	const depth = pick([10, 20, 70, 1_000, 20_000], n);
	if (isYaml) {
		const base = text.endsWith('\n') ? text : `${text}\n`;
		const deep = `diep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
		return done(base + deep, `YAML nested ${depth} deep`, depth > 64 ? { file: '', line: base.split('\n').length } : undefined);
	}
	const block =
		m % 2 === 0 ? `${'>'.repeat(depth)} diep` : Array.from({ length: Math.min(depth, 2_000) }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n');
	return insertParagraph(text, '', m, block, done, depth > 16 && m % 2 === 0);
}

/**
 * Inserts a paragraph between two blocks of a Markdown body, before its last paragraph (a
 * lesson's "Bronnen" line must stay last), so it is a block of its own at a known line.
 */
function insertParagraph(text: string, _file: string, n = 0, paragraph: string, done: Done, refused: boolean): Mutated {
	const lines = text.split('\n');
	const bodyStart = text.startsWith('---\n') ? lines.indexOf('---', 1) + 1 : 0;
	const lastBlank = lines.map((line, i) => (line.trim() === '' ? i : -1)).filter((i) => i > bodyStart).slice(0, -1);
	const blanks = lastBlank.length ? lastBlank : [lines.length - 1];
	const at = pick(blanks, n);
	lines.splice(at + 1, 0, paragraph, '');
	return done(lines.join('\n'), `${JSON.stringify(paragraph.slice(0, 60))} at line ${at + 2}`, refused ? { file: '', line: at + 2 } : undefined);
}

// ---- scenarios -------------------------------------------------------------------------

type RawScenario = { nodes?: Record<string, RawNode>; start?: string; rubric?: string[] } & Record<string, unknown>;
type RawNode = {
	choices?: Record<string, unknown>[];
	respond?: { rules?: Record<string, unknown>[] };
	next?: Record<string, unknown>[];
	end?: boolean;
} & Record<string, unknown>;

const GRAPH_CHANGES = 8;

function graphChange(text: string, n = 0, m = 0, k = 0): string {
	const scenario = parse(text) as RawScenario;
	const nodes = scenario.nodes ?? {};
	const ids = Object.keys(nodes);
	const withChoices = ids.filter((id) => nodes[id]?.choices?.length);
	const dimension = scenario.rubric?.[0] ?? 'doorvragen';
	switch (n % GRAPH_CHANGES) {
		case 0: {
			const node = nodes[pick(withChoices, m)]!;
			node.choices![k % node.choices!.length]!.next = pick([...ids, 'nergens'], k);
			break;
		}
		case 1:
			delete nodes[pick(ids, m)];
			break;
		case 2: {
			// A chain of new nodes, each one scored choice, from one choice to where it went.
			const length = pick([1, 5, 50, 299, 400], m);
			const from = nodes[pick(withChoices, k)]!;
			const choice = from.choices![0]!;
			const end = choice.next;
			choice.next = 'keten-1';
			for (let i = 1; i <= length; i++) {
				nodes[`keten-${i}`] = {
					text: `Stap ${i}.`,
					choices: [{ label: 'Verder.', score: { [dimension]: 1 }, feedback: 'Goed.', source: '§6', next: i < length ? `keten-${i + 1}` : end }]
				};
			}
			break;
		}
		case 3: {
			const id = pick(withChoices, m);
			nodes[id] = { text: 'Rond.', next: [{ to: id }] };
			break;
		}
		case 4:
			nodes.los = { text: 'Los.', end: true };
			break;
		case 5: {
			const ending = ids.find((id) => nodes[id]?.end);
			if (ending) delete nodes[ending]!.end;
			break;
		}
		case 6: {
			// Many scored choices at every node: many distinct totals to explore.
			for (const id of withChoices) {
				const node = nodes[id]!;
				const next = node.choices![0]!.next;
				for (let i = 0; i < (m % 6) + 2; i++) {
					node.choices!.push({ label: `Extra ${i}.`, score: { [dimension]: (i % 7) - 3 }, feedback: 'f', source: '§6', next });
				}
			}
			break;
		}
		default:
			scenario.nodes = Object.fromEntries(Object.entries(nodes).reverse());
			return stringify(scenario);
	}
	return stringify(scenario);
}

function setCondition(text: string, n = 0, condition: string): string {
	const scenario = parse(text) as RawScenario;
	const nodes = Object.values(scenario.nodes ?? {});
	const choices = nodes.flatMap((node) => node.choices ?? []);
	const rules = nodes.flatMap((node) => (node.next ?? []).slice(0, -1));
	const all = [...choices, ...rules];
	if (all.length) pick(all, n).if = condition;
	return stringify(scenario);
}

// ---- names -----------------------------------------------------------------------------

const MODULE_NAMES = ['01-constructor', '01-prototype', '01-__proto__', '01-tostring', '01-toString', '01-Hoofdletters', '01-ä', '01-', 'x', '01-a--b', '01-begrippen'];
const LESSON_NAMES = ['01-constructor.md', '01-prototype.md', '99-__proto__.md', '01-tostring.md', 'Les 1.md', '01-les', '01-toets.md', '01-les.MD'];
const SCENARIO_NAMES = ['constructor.yaml', 'prototype.yaml', '__proto__.yaml', 'toString.yaml', 'Gesprek.yaml', '01-.yaml', 'a.b.yaml', '99-hasownproperty.yaml'];
const NODE_NAMES = ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'a.b', '#x', 'spatie naam', 'ünïcode', 'valueOf'];

function rename(files: Files, file: string, text: string, n = 0, m = 0, done: Done): Mutated {
	if (file === 'modules/rubric.yaml') {
		return done(text.replace(/id: \S+/, `id: ${pick(['constructor', 'prototype', '__proto__', 'toString'], n)}`), 'rubric id renamed');
	}
	if (file === 'modules/glossary.yaml') {
		const term = /term: (.+)/.exec(text)?.[1] ?? '';
		const renamed = pick(['"!!!"', `"${term.toUpperCase()}"`, `"${term.replace(/[aeiou]/, (v) => `${v}\u0301`)}"`, '"constructor"', '"__proto__"'], n);
		return done(text.replace(/term: .+/, `term: ${renamed}`), `first term renamed to ${renamed}`);
	}
	if (isScenario(file) && n % 2 === 0) {
		const scenario = parse(text) as RawScenario;
		const nodes = scenario.nodes ?? {};
		const old = pick(Object.keys(nodes), m);
		const name = pick(NODE_NAMES, n / 2);
		const renamedNodes: Record<string, RawNode> = {};
		for (const [id, node] of Object.entries(nodes)) {
			for (const choice of [...(node.choices ?? []), ...(node.respond?.rules ?? [])]) if (choice.next === old) choice.next = name;
			for (const rule of node.next ?? []) if (rule.to === old) rule.to = name;
			Object.defineProperty(renamedNodes, id === old ? name : id, { value: node, enumerable: true, writable: true, configurable: true });
		}
		scenario.nodes = renamedNodes;
		if (scenario.start === old) scenario.start = name;
		return done(stringify(scenario), `node ${old} renamed to ${name}`);
	}
	if (isScenario(file)) {
		return done(text, 'scenario file renamed', undefined, file.replace(/[^/]+$/, pick(SCENARIO_NAMES, m)));
	}
	if (/\/lessons\//.test(file)) {
		return done(text, 'lesson file renamed', undefined, file.replace(/[^/]+$/, pick(LESSON_NAMES, m)));
	}
	// module.md or quiz.yaml: the whole module folder gets another name.
	const folder = /^modules\/[^/]+\//.exec(file)![0];
	const renamed = `modules/${pick(MODULE_NAMES, m)}/`;
	for (const path of [...files.keys()].filter((p) => p.startsWith(folder))) {
		if (path === file) continue;
		files.set(renamed + path.slice(folder.length), files.get(path)!);
		files.delete(path);
	}
	return done(text, `module folder renamed to ${renamed}`, undefined, renamed + file.slice(folder.length));
}

// ---- figures and sorting questions ---------------------------------------------------------

const SAMPLE_FIGURE = [
	'```figure',
	'type: staafdiagram',
	'title: Hoe vaak',
	'description: Twee staven.',
	'unit: per 1.000',
	'source: "§1.3"',
	'bars:',
	'  - { label: Officieel, value: 34 }',
	'  - { label: Zelf verteld, value: 65, display: "65 per 1.000" }',
	'```'
].join('\n');

/**
 * Changes one ```figure block of a lesson (a lesson without one gets a valid one first), each
 * change one that must be refused at its line: the type, a missing key, an unknown key, a number,
 * the closing fence, YAML that cannot be read, a § the report lacks.
 */
function figureChange(text: string, n = 0, m = 0, done: Done): Mutated {
	let lines = text.split('\n');
	if (!lines.some((line) => line.trim() === '```figure')) {
		const inserted = insertParagraph(text, '', m, SAMPLE_FIGURE, done, false);
		lines = (inserted.files.get(inserted.file) as string).split('\n');
	}
	const fences = lines.flatMap((line, i) => (line.trim() === '```figure' ? [i] : []));
	const fence = pick(fences, m);
	const close = lines.findIndex((line, i) => i > fence && /^\s*```\s*$/.test(line));
	const keyLine = (key: string) => lines.findIndex((line, i) => i > fence && i < close && line.startsWith(`${key}:`));
	const changed = (description: string, line: number) => done(lines.join('\n'), `figure at line ${fence + 1}: ${description}`, { file: '', line: line + 1 });
	switch (n % 7) {
		case 0: {
			const at = keyLine('type');
			lines[at] = `type: ${pick(['staafdiagramm', 'taart', 'Vierveld', '""', '[staafdiagram]'], m)}`;
			return changed('unknown type', at);
		}
		case 1: {
			const at = keyLine('source');
			lines.splice(at, 1);
			return changed('source deleted', fence + 1);
		}
		case 2: {
			lines.splice(close, 0, `${pick(['kleur', 'titel', 'bronnen', 'constructor'], m)}: rood`);
			return changed('unknown key', close);
		}
		case 3: {
			lines.splice(close, 1);
			// With a later figure in the lesson, its fences pair up differently: refused, elsewhere.
			if (fences.length > 1) return done(lines.join('\n'), `figure at line ${fence + 1}: closing fence removed`, { file: '' });
			return changed('closing fence removed', fence);
		}
		case 4: {
			lines.splice(fence + 1, 0, pick(['title: "open', 'bars: [', '\tx: 1', '- lijst', 'a: &a [*a]'], m));
			return done(lines.join('\n'), `figure at line ${fence + 1}: unreadable YAML`, { file: '' });
		}
		case 5: {
			const at = keyLine('source');
			lines[at] = `source: "${pick(['§3.2', '§9', '§5.1.7', '§0'], m)}"`;
			return changed('a § the report lacks', at);
		}
		default: {
			const at = keyLine('description');
			lines[at] = `description: ${pick(['', '[]', '{}', '42', 'null'], m)}`;
			return changed('description of the wrong kind', at);
		}
	}
}

const SAMPLE_SORT = {
	type: 'sorteren',
	prompt: 'Sorteer de voorbeelden.',
	categories: ['Mishandeling', 'Verwaarlozing'],
	items: [
		{ text: 'Slaan', category: 0 },
		{ text: 'Geen eten', category: 1 }
	],
	explanation: 'Doen of nalaten.',
	source: '§2'
};

/** Changes a sorting question of a quiz (a quiz without one gets one first) in a way that must be refused. */
function sortQuestionChange(text: string, n = 0, m = 0, done: Done): Mutated {
	const quiz = parse(text) as { questions?: Record<string, unknown>[] } | null;
	const questions = Array.isArray(quiz?.questions) ? quiz.questions : [];
	let sorts = questions.filter((q) => q?.type === 'sorteren');
	if (sorts.length === 0) {
		questions.push(structuredClone(SAMPLE_SORT));
		sorts = questions.filter((q) => q?.type === 'sorteren');
	}
	const question = pick(sorts, m) as typeof SAMPLE_SORT & Record<string, unknown>;
	const categories = Array.isArray(question.categories) ? question.categories.length : 2;
	const items = Array.isArray(question.items) ? question.items : (question.items = []);
	const item = (items[m % Math.max(1, items.length)] ?? (items[0] = { text: 'x', category: 0 })) as Record<string, unknown>;
	const changes = [
		() => (item.category = categories + (m % 3)),
		() => (item.category = [...Array(categories).keys()]),
		() => (question.type = pick(['sorteer', 'Sorteren', 'sort', 'keuze'], m)),
		() => delete (question as Record<string, unknown>).categories,
		() => (question.items = Array.from({ length: 13 + (m % 50) }, (_, i) => ({ text: `Voorbeeld ${i}`, category: 0 }))),
		() => (item.category = pick([-1, 1.5, 'twee', null, [], [0, 0]], m)),
		() => (question.options = ['a', 'b']),
		() => (question.categories = [pick(['Eén', 'Alleen'], m)])
	];
	pick(changes, n)();
	return done(stringify({ ...quiz, questions }), `sorting question change ${n % changes.length} (${m})`, { file: '' });
}
