/**
 * The one content loader: reads `modules/`, validates every file, and returns the typed course
 * together with every problem found (all of them, in one pass). Build time only (Node).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type * as v from 'valibot';
import type { ScenarioData } from '../scenario/types';
import { fileTooLarge, MAX_FILE_BYTES } from './limits';
import { renderMarkdown } from './markdown';
import { unknownSectionProblems } from './sections';
import { hasSpacedHyphen, spacedHyphenWarning } from './dashes';
import { didYouMean, sortProblems, type KeyPath, type Problem } from './problems';
import { check } from './schema';
import {
	glossarySchema,
	lessonFrontmatterSchema,
	moduleFrontmatterSchema,
	quizSchema,
	rubricSchema
} from './schemas';
import { isObjectInternal, reservedNameMessage } from './reserved';
import { checkScenarioText, duplicateScenarioIds, readScenarioFileName } from './scenario-file';
import { ID_PATTERN, NUMBERED, slugify } from './slug';
import { decodeUtf8 } from './utf8';
import { DEFAULT_MODULE_ICON } from '../module-icons';
import type { Course, GlossaryTerm, Lesson, Module, Quiz, QuizQuestion, RubricDimension } from './types';
import { parseYaml, splitFrontmatter, withLines, type ParsedYaml } from './yaml';

export interface CourseStats {
	modules: number;
	lessons: number;
	questions: number;
	scenarios: number;
	glossaryTerms: number;
}

export interface LoadResult {
	/** Present when there are no errors (warnings may remain). */
	course?: Course;
	problems: Problem[];
	stats: CourseStats;
}

/** Ids that would collide with the course's own pages. */
export const RESERVED_MODULE_IDS = ['begrippen', 'over', 'pauze', 'zoeken', 'resultaten', 'certificaat', 'training', 'reflecties', 'rapport', 'werkplaats'];
const RESERVED_LESSON_IDS = ['toets', 'scenario'];
/** Notes for authors next to the content, which the course itself never reads or shows. */
export const AUTHOR_NOTES = ['README.md', 'REVIEW-NOTES.md'];
const TOP_LEVEL_FILES = ['rubric.yaml', 'glossary.yaml', ...AUTHOR_NOTES];
const MODULE_ENTRIES = ['module.md', 'lessons', 'quiz.yaml', 'scenarios'];

/** What authors are told when a name breaks the naming rule. */
const NAME_HINT = (example: string) =>
	`Gebruik een nummer, een streepje en kleine letters met streepjes, zonder spaties of accenten, zoals ${example}.`;

export async function loadCourse(root: string = process.cwd()): Promise<LoadResult> {
	const loader = new Loader(root);
	const course = await loader.load();
	const problems = sortProblems(loader.problems);
	const hasErrors = problems.some((p) => p.severity === 'error');
	return {
		course: hasErrors ? undefined : course,
		problems,
		stats: {
			modules: course.modules.length,
			lessons: course.modules.reduce((n, m) => n + m.lessons.length, 0),
			questions: course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0),
			scenarios: course.modules.reduce((n, m) => n + m.scenarios.length, 0),
			glossaryTerms: course.glossary.length
		}
	};
}

/** The explanation and source of each item of a list in a YAML file, with their key paths. */
function explanationsAndSources(list: string, items: readonly { explanation: string; source: string }[]) {
	return items.flatMap((item, i) => [
		{ path: [list, i, 'explanation'], text: item.explanation },
		{ path: [list, i, 'source'], text: item.source }
	]);
}

interface NamedEntry {
	name: string;
	number: number;
	id: string;
}

class Loader {
	readonly problems: Problem[] = [];
	private readonly modulesDir: string;
	/** Glossary terms some lesson uses; a term no lesson uses is refused. */
	private readonly termsUsed = new Set<string>();
	/** Files that exist but were refused whole (too large); reported once, never as missing. */
	private readonly refused = new Set<string>();

	constructor(private readonly root: string) {
		this.modulesDir = join(root, 'modules');
	}

	async load(): Promise<Course> {
		const entries = await this.list(this.modulesDir);
		if (entries === undefined) {
			this.error('modules', 'de map modules/ ontbreekt', 'Maak een map modules/ met rubric.yaml, glossary.yaml en een map per module.');
			return { modules: [], rubric: [], glossary: [] };
		}
		const rubric = await this.loadRubric();
		const glossary = await this.loadGlossary();
		const folders = this.numbered(entries.filter((e) => e.dir).map((e) => e.name), 'modules', '01-wat-is-kindermishandeling', '');
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.dir || TOP_LEVEL_FILES.includes(entry.name)) continue;
			this.error(`modules/${entry.name}`, 'onbekend bestand in modules/', `Alleen ${TOP_LEVEL_FILES.join(', ')} en mappen per module horen hier.`);
		}
		const modules: Module[] = [];
		for (const folder of folders) {
			if (RESERVED_MODULE_IDS.includes(folder.id)) {
				this.error(`modules/${folder.name}`, `de naam "${folder.id}" is al in gebruik voor een pagina van de cursus`, `Kies een andere naam dan ${RESERVED_MODULE_IDS.join(', ')}.`);
			}
			const module = await this.loadModule(folder, rubric, glossary);
			if (module) modules.push(module);
		}
		this.checkScenarioIdsUnique(modules);
		this.checkTermsUsed(glossary);
		return { modules, rubric, glossary };
	}

	// ---- top-level files -------------------------------------------------------------------

	private async loadRubric(): Promise<RubricDimension[]> {
		const file = 'modules/rubric.yaml';
		const data = await this.readYamlFile(file, rubricSchema);
		if (!data) return [];
		this.checkUnique(file, data.value.dimensions.map((d) => d.id), (i) => ['dimensions', i, 'id'], 'dimensie', data.yaml);
		// Results show the dimensions side by side by name, so names must differ too.
		this.checkUnique(file, data.value.dimensions.map((d) => d.name), (i) => ['dimensions', i, 'name'], 'naam', data.yaml, 'Geef elke dimensie een eigen naam: de resultaten tonen ze naast elkaar.');
		this.checkSections(file, data.yaml, data.value.dimensions.map((d, i) => ({ path: ['dimensions', i, 'source'], text: d.source })));
		return data.value.dimensions;
	}

	private async loadGlossary(): Promise<GlossaryTerm[]> {
		const file = 'modules/glossary.yaml';
		const data = await this.readYamlFile(file, glossarySchema);
		if (!data) return [];
		const terms = data.value.terms.map((t) => ({ ...t, id: slugify(t.term), aliases: t.aliases }));
		// A form (term or alias) may belong to one term only, or links would be ambiguous.
		const forms: string[] = [];
		const paths: (string | number)[][] = [];
		data.value.terms.forEach((t, i) => {
			forms.push(t.term.toLowerCase());
			paths.push(['terms', i, 'term']);
			t.aliases.forEach((a, j) => {
				forms.push(a.toLowerCase());
				paths.push(['terms', i, 'aliases', j]);
			});
		});
		this.checkUnique(file, forms, (i) => paths[i]!, 'begrip', data.yaml);
		this.checkTermAddresses(file, terms, data.yaml);
		this.checkSections(file, data.yaml, explanationsAndSources('terms', data.value.terms));
		return terms.sort((a, b) => a.term.localeCompare(b.term, 'nl'));
	}

	/**
	 * Every term needs its own address on `/begrippen/` (its slug): terms that differ only in
	 * accents, case or punctuation would share one, and a term of punctuation alone has none.
	 */
	private checkTermAddresses(file: string, terms: GlossaryTerm[], yaml: ParsedYaml) {
		const byId = new Map<string, GlossaryTerm>();
		terms.forEach((term, i) => {
			const path = ['terms', i, 'term'];
			const other = byId.get(term.id);
			if (term.id === '') {
				this.push([{ file, path, message: `begrip "${term.term}" heeft geen letters of cijfers, dus geen adres op de begrippenpagina`, hint: 'Gebruik een begrip met letters of cijfers.', severity: 'error' }], yaml);
			} else if (other && other.term.toLowerCase() !== term.term.toLowerCase()) {
				this.push(
					[{ file, path, message: `begrip "${term.term}" krijgt hetzelfde adres als "${other.term}" (/begrippen/#${term.id})`, hint: 'Geef de begrippen namen die ook zonder accenten, hoofdletters en leestekens verschillen, of voeg ze samen.', severity: 'error' }],
					yaml
				);
			}
			if (!other) byId.set(term.id, term);
		});
	}

	// ---- modules ---------------------------------------------------------------------------

	private async loadModule(folder: NamedEntry, rubric: RubricDimension[], glossary: GlossaryTerm[]): Promise<Module | undefined> {
		const dir = `modules/${folder.name}`;
		const entries = (await this.list(join(this.root, dir))) ?? [];
		for (const entry of entries) {
			if (entry.name.startsWith('.') || MODULE_ENTRIES.includes(entry.name)) continue;
			this.error(`${dir}/${entry.name}`, 'onbekend bestand of onbekende map in een module', didYouMean(entry.name, MODULE_ENTRIES, `Een module bevat alleen ${MODULE_ENTRIES.join(', ')}.`));
		}

		const file = `${dir}/module.md`;
		const source = await this.readText(file);
		if (source === undefined && !this.refused.has(file)) {
			this.error(file, 'module.md ontbreekt', 'Elke module heeft een module.md met titel, samenvatting, studietijd en leerdoelen.');
		}
		const front = source === undefined ? undefined : this.frontmatter(file, source, moduleFrontmatterSchema);
		const intro = renderMarkdown(front?.body ?? '', {
			file,
			firstLine: front?.bodyLine ?? 1,
			glossary,
			requireSources: false,
			linkTerms: false
		});
		this.problems.push(...intro.problems);

		// Lessons, quiz and scenarios are checked even when module.md is broken: one pass, all problems.
		const lessons = await this.loadLessons(dir, folder.id, glossary);
		const quiz = await this.loadQuiz(dir);
		const scenarios = await this.loadScenarios(dir, folder.id, rubric);
		if (!front) return undefined;
		const meta = front.data;
		return {
			id: folder.id,
			number: folder.number,
			dir,
			title: meta.title,
			summary: meta.summary,
			minutes: meta.minutes,
			goals: meta.goals,
			icon: meta.icon ?? DEFAULT_MODULE_ICON,
			...(meta.contentNote ? { contentNote: meta.contentNote } : {}),
			introHtml: intro.html,
			lessons,
			...(quiz ? { quiz } : {}),
			scenarios
		};
	}

	private async loadLessons(dir: string, moduleId: string, glossary: GlossaryTerm[]): Promise<Lesson[]> {
		const lessonsDir = `${dir}/lessons`;
		const entries = await this.list(join(this.root, lessonsDir));
		if (!entries || entries.length === 0) {
			this.error(lessonsDir, 'de module heeft geen lessen', 'Maak een map lessons/ met minstens één les, zoals lessons/01-inleiding.md.');
			return [];
		}
		const files = entries.filter((e) => !e.name.startsWith('.'));
		for (const entry of files) {
			if (entry.dir || !entry.name.endsWith('.md')) {
				this.error(`${lessonsDir}/${entry.name}`, 'in lessons/ horen alleen .md-bestanden', 'Geef de les de extensie .md, of haal het bestand weg.');
			}
		}
		const named = this.numbered(files.filter((e) => !e.dir && e.name.endsWith('.md')).map((e) => e.name), lessonsDir, '01-definitie.md', '.md');
		const lessons: Lesson[] = [];
		for (const entry of named) {
			const file = `${lessonsDir}/${entry.name}`;
			if (RESERVED_LESSON_IDS.includes(entry.id)) {
				this.error(file, `de naam "${entry.id}" is al in gebruik voor een pagina van de module`, `Kies een andere naam dan ${RESERVED_LESSON_IDS.join(' of ')}.`);
			}
			const source = await this.readText(file);
			if (source === undefined) continue;
			const front = this.frontmatter(file, source, lessonFrontmatterSchema);
			const body = renderMarkdown(front?.body ?? source, {
				file,
				firstLine: front?.bodyLine ?? 1,
				glossary,
				requireSources: true,
				linkTerms: true,
				checkReferences: true,
				foldQuotes: Boolean(front?.data.contentNote),
				figures: true
			});
			this.problems.push(...body.problems);
			for (const id of body.termsUsed) this.termsUsed.add(id);
			if (!front) continue;
			lessons.push({
				id: entry.id,
				moduleId,
				file,
				title: front.data.title,
				...(front.data.contentNote ? { contentNote: front.data.contentNote } : {}),
				html: body.html,
				sections: body.sections,
				quotes: body.quotes,
				sources: body.sources ?? '',
				terms: body.termsLinked,
				reportAnchors: body.reportAnchors,
				figures: body.figures
			});
		}
		return lessons;
	}

	private async loadQuiz(dir: string): Promise<Quiz | undefined> {
		const file = `${dir}/quiz.yaml`;
		const data = await this.readYamlFile(file, quizSchema, { optional: true });
		if (!data) return undefined;
		const itemExplanations = data.value.questions.flatMap((q, i) =>
			q.type === 'sorteren' ? q.items.flatMap((item, j) => (item.explanation ? [{ path: ['questions', i, 'items', j, 'explanation'], text: item.explanation }] : [])) : []
		);
		this.checkSections(file, data.yaml, [...explanationsAndSources('questions', data.value.questions), ...itemExplanations]);
		return {
			file,
			questions: data.value.questions.map((q): QuizQuestion => {
				const { prompt, explanation, source } = q;
				if (q.type === 'sorteren') {
					const items = q.items.map((item) => ({
						text: item.text,
						categories: Array.isArray(item.category) ? item.category : [item.category],
						...(item.explanation ? { explanation: item.explanation } : {})
					}));
					return { type: 'sorteren', prompt, categories: q.categories, items, explanation, source };
				}
				return { type: 'keuze', prompt, options: q.options, answers: Array.isArray(q.answer) ? q.answer : [q.answer], explanation, source };
			})
		};
	}

	private async loadScenarios(dir: string, moduleId: string, rubric: RubricDimension[]): Promise<ScenarioData[]> {
		const scenariosDir = `${dir}/scenarios`;
		const entries = await this.list(join(this.root, scenariosDir));
		if (!entries) return [];
		const scenarios: { order: number; name: string; data: ScenarioData }[] = [];
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const file = `${scenariosDir}/${entry.name}`;
			const name = readScenarioFileName(file, entry.name, entry.dir);
			if (!name.ok) {
				this.problems.push(name.problem);
				continue;
			}
			const source = await this.readRequired(file);
			if (source === undefined) continue;
			const result = checkScenarioText(source, { file, id: name.id, moduleId, rubricIds: rubric.map((d) => d.id) });
			this.problems.push(...result.problems);
			if (result.scenario) scenarios.push({ order: name.order, name: name.id, data: result.scenario });
		}
		return scenarios.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).map((s) => s.data);
	}

	// ---- cross-file checks -----------------------------------------------------------------

	private checkScenarioIdsUnique(modules: Module[]) {
		this.problems.push(...duplicateScenarioIds(modules.flatMap((m) => m.scenarios)));
	}

	private checkTermsUsed(glossary: GlossaryTerm[]) {
		glossary.forEach((term) => {
			if (this.termsUsed.has(term.id)) return;
			this.problems.push({
				file: 'modules/glossary.yaml',
				place: `begrip "${term.term}"`,
				message: 'dit begrip komt in geen enkele les voor',
				hint: 'Gebruik het begrip in een les, voeg onder aliases de vorm toe die de lessen gebruiken, of haal het weg.',
				severity: 'error'
			});
		});
	}

	/** Every § in a source or explanation must be a part of the report (it links there). */
	private checkSections(file: string, yaml: ParsedYaml, fields: { path: KeyPath; text: string }[]) {
		for (const { path, text } of fields) {
			this.push(unknownSectionProblems(text, file, { path }), yaml);
		}
	}

	// ---- helpers ---------------------------------------------------------------------------

	/** Parses `NN-id` names, reports bad ones and duplicates, and returns them in order. */
	private numbered(names: string[], dir: string, example: string, extension: string): NamedEntry[] {
		const entries: NamedEntry[] = [];
		for (const name of names) {
			const base = extension ? name.slice(0, -extension.length) : name;
			const match = NUMBERED.exec(base);
			if (match && isObjectInternal(match[2]!)) {
				// Still read, so the rest of its content is checked in the same pass.
				this.error(`${dir}/${name}`, reservedNameMessage(match[2]!, 'id'), `Kies een andere naam, zoals ${example}.`);
			} else if (!match || !ID_PATTERN.test(match[2]!)) {
				this.error(`${dir}/${name}`, `de naam "${name}" volgt de regel voor namen niet`, NAME_HINT(example));
				continue;
			}
			entries.push({ name, number: Number(match[1]), id: match[2]! });
		}
		entries.sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
		const byId = new Map<string, NamedEntry>();
		const byNumber = new Map<number, NamedEntry>();
		for (const entry of entries) {
			const sameId = byId.get(entry.id);
			if (sameId) this.error(`${dir}/${entry.name}`, `dezelfde naam als ${sameId.name}: namen zonder nummer moeten verschillen`, 'Geef een van beide een andere naam.');
			const sameNumber = byNumber.get(entry.number);
			if (sameNumber) this.error(`${dir}/${entry.name}`, `hetzelfde nummer als ${sameNumber.name}, dus de volgorde is niet duidelijk`, 'Geef elk een eigen nummer.');
			byId.set(entry.id, entry);
			byNumber.set(entry.number, entry);
		}
		return entries;
	}

	private checkUnique(file: string, values: string[], pathOf: (index: number) => (string | number)[], what: string, yaml: ParsedYaml, hint = 'Haal een van beide weg of voeg ze samen.') {
		const first = new Map<string, number>();
		values.forEach((value, index) => {
			const earlier = first.get(value);
			if (earlier === undefined) {
				first.set(value, index);
				return;
			}
			this.push(
				[{ file, path: pathOf(index), message: `${what} "${value}" staat er twee keer in (ook op regel ${yaml.lineOf(pathOf(earlier))})`, hint, severity: 'error' }],
				yaml
			);
		});
	}

	private async readYamlFile<TSchema extends v.GenericSchema>(file: string, schema: TSchema, options: { optional?: boolean } = {}) {
		const yaml = await this.readYaml(file, options);
		if (!yaml || yaml.value === undefined) return undefined;
		const result = check(schema, yaml.value, file);
		if (!result.ok) {
			this.push(result.problems, yaml);
			return undefined;
		}
		return { value: result.value as v.InferOutput<TSchema>, yaml };
	}

	/** The text of a file; a missing file is an error unless it is optional. */
	private async readRequired(file: string, { optional = false } = {}): Promise<string | undefined> {
		const source = await this.readText(file);
		if (source === undefined && !optional && !this.refused.has(file)) {
			this.error(file, 'bestand ontbreekt', 'Zie CONTENT-FORMAT in de README voor wat erin hoort.');
		}
		return source;
	}

	/** Reads and parses a YAML file; a missing file is an error unless it is optional. */
	private async readYaml(file: string, options: { optional?: boolean } = {}): Promise<ParsedYaml | undefined> {
		const source = await this.readRequired(file, options);
		if (source === undefined) return undefined;
		const yaml = parseYaml(source, file);
		this.problems.push(...yaml.problems);
		return yaml;
	}

	private frontmatter<TSchema extends v.GenericSchema>(file: string, source: string, schema: TSchema) {
		const front = splitFrontmatter(source, file);
		if (!front) {
			this.error(file, 'de frontmatter ontbreekt', 'Begin het bestand met een regel ---, dan title: ... (en de andere velden), en weer een regel ---.', 1);
			return undefined;
		}
		this.problems.push(...front.yaml.problems);
		if (front.yaml.value === undefined) return undefined;
		const result = check(schema, front.yaml.value ?? {}, file);
		if (!result.ok) {
			this.push(result.problems, front.yaml);
			return undefined;
		}
		const title = (result.value as { title?: unknown }).title;
		if (typeof title === 'string' && hasSpacedHyphen(title)) this.push([spacedHyphenWarning(file, { path: ['title'] })], front.yaml);
		return { data: result.value as v.InferOutput<TSchema>, body: front.body, bodyLine: front.bodyLine };
	}

	/** Adds problems, filling in the line from the key path where the check knew no line. */
	private push(problems: Problem[], yaml: ParsedYaml) {
		this.problems.push(...withLines(problems, yaml));
	}

	private error(file: string, message: string, hint?: string, line?: number) {
		this.problems.push({ file, message, hint, line, severity: 'error' });
	}

	/**
	 * The text of a file; undefined when it is missing or refused whole (too large to be content).
	 * Text that is not valid UTF-8 is reported with its line and read leniently, so the file's
	 * other problems are found in the same pass.
	 */
	private async readText(file: string): Promise<string | undefined> {
		const path = join(this.root, file);
		let bytes: Uint8Array;
		try {
			const { size } = await stat(path);
			if (size > MAX_FILE_BYTES) {
				this.refused.add(file);
				this.problems.push(fileTooLarge(file, size));
				return undefined;
			}
			bytes = await readFile(path);
		} catch {
			return undefined;
		}
		const decoded = decodeUtf8(bytes);
		if (decoded.ok) return decoded.text;
		this.error(file, `het bestand is geen geldige UTF-8-tekst: byte ${decoded.byte + 1} kan niet gelezen worden`, 'Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → Codering: UTF-8).', decoded.line);
		return new TextDecoder('utf-8').decode(bytes);
	}

	private async list(dir: string): Promise<{ name: string; dir: boolean }[] | undefined> {
		try {
			const entries = await readdir(dir, { withFileTypes: true });
			return entries.map((e) => ({ name: e.name, dir: e.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
		} catch {
			return undefined;
		}
	}
}
