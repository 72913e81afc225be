/**
 * The shapes of the author-edited files (CONTENT-FORMAT.md), as valibot schemas. Cross-file
 * rules (duplicate ids, links, terms used) live in `load.ts`; scenarios in `$lib/scenario`.
 */
import * as v from 'valibot';
import { byType, describe, integerBetween, keyPath, optionalText, sameTwice, strictObject, text } from './schema';
import { MAX_SORT_CATEGORIES, MAX_SORT_ITEMS } from '../quiz/limits';
import { MODULE_ICON_NAMES, type ModuleIconName } from '../module-icons';
import { didYouMean } from './problems';
import { isObjectInternal, reservedNameMessage } from './reserved';
import { ID_PATTERN } from './slug';

const textList = (what: string) =>
	v.pipe(
		v.array(text(), `verwacht een lijst van ${what}`),
		v.minLength(1, `noem minstens één ${what.replace(/en$/, '')}`)
	);

/** A module's icon: one of the course's line icons, by name. */
const moduleIcon = v.pipe(
	v.string((issue) => `verwacht de naam van een icoon, gevonden ${describe(issue.input)}`),
	v.check(
		(name) => (MODULE_ICON_NAMES as readonly string[]).includes(name),
		(issue) => `onbekend icoon "${String(issue.input)}". ${didYouMean(String(issue.input), MODULE_ICON_NAMES) ?? `Kies uit ${MODULE_ICON_NAMES.join(', ')}.`}`
	),
	v.transform((name) => name as ModuleIconName)
);

export const moduleFrontmatterSchema = strictObject({
	title: text('een titel'),
	summary: text('een samenvatting van één zin'),
	minutes: integerBetween(1, 600),
	goals: textList('leerdoelen'),
	icon: v.optional(moduleIcon),
	contentNote: optionalText('een inhoudswaarschuwing')
});

export const lessonFrontmatterSchema = strictObject({
	title: text('een titel'),
	contentNote: optionalText('een inhoudswaarschuwing')
});

const answerIndex = v.pipe(
	v.number((issue) => `verwacht het nummer van het goede antwoord (0 is de eerste optie), gevonden ${String(issue.input)}`),
	v.integer('verwacht een heel getal (0 is de eerste optie)'),
	v.minValue(0, 'verwacht 0 of hoger (0 is de eerste optie)')
);

export const choiceQuestionSchema = v.pipe(
	strictObject({
		type: v.optional(v.literal('keuze')),
		prompt: text('een vraag'),
		options: v.pipe(
			v.array(text('een antwoordmogelijkheid'), 'verwacht een lijst met antwoordmogelijkheden'),
			v.minLength(2, 'een vraag heeft minstens twee antwoordmogelijkheden')
		),
		answer: v.union([answerIndex, v.pipe(v.array(answerIndex), v.minLength(1, 'noem minstens één goed antwoord'))], 'verwacht het nummer van het goede antwoord, of een lijst van nummers'),
		explanation: text('een uitleg'),
		source: text('een bron in het rapport, zoals "§1.3"')
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const { options, answer } = dataset.value;
		const answers = Array.isArray(answer) ? answer : [answer];
		answers.forEach((index, position) => {
			if (index < options.length) return;
			addIssue({
				message: `antwoord ${index} bestaat niet: er ${options.length === 1 ? 'is 1 optie' : `zijn ${options.length} opties`}, genummerd 0 tot en met ${options.length - 1}`,
				path: [
					{ type: 'object', origin: 'value', input: dataset.value, key: 'answer', value: answer },
					...(Array.isArray(answer) ? [{ type: 'array' as const, origin: 'value' as const, input: answer, key: position, value: index }] : [])
				]
			});
		});
		if (new Set(answers).size !== answers.length) {
			addIssue({
				message: 'hetzelfde antwoord staat twee keer in de lijst',
				path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'answer', value: answer }]
			});
		}
		const seen = new Set<string>();
		options.forEach((option, index) => {
			const key = option.trim().toLowerCase();
			if (seen.has(key)) {
				addIssue({
					message: `optie "${option}" staat twee keer in de lijst`,
					path: [
						{ type: 'object', origin: 'value', input: dataset.value, key: 'options', value: options },
						{ type: 'array', origin: 'value', input: options, key: index, value: option }
					]
				});
			}
			seen.add(key);
		});
	})
);

/** A category of a sorting question: its index, 0 for the first. */
const categoryIndex = v.pipe(
	v.number((issue) => `verwacht het nummer van een categorie (0 is de eerste), gevonden ${describe(issue.input)}`),
	v.integer('verwacht een heel getal (0 is de eerste categorie)'),
	v.minValue(0, 'verwacht 0 of hoger (0 is de eerste categorie)')
);

const sortItemSchema = strictObject({
	text: text('het voorbeeld dat gesorteerd wordt'),
	category: v.union(
		[categoryIndex, v.pipe(v.array(categoryIndex), v.minLength(1, 'noem minstens één categorie'))],
		'verwacht het nummer van de goede categorie (0 is de eerste), of een lijst van nummers als het in meer categorieën past'
	),
	explanation: optionalText('een uitleg bij dit voorbeeld')
});

export const sortQuestionSchema = v.pipe(
	strictObject({
		type: v.literal('sorteren'),
		prompt: text('een opdracht, zoals "Sorteer de voorbeelden in het vormenschema."'),
		categories: v.pipe(
			v.array(text('de naam van een categorie'), 'verwacht een lijst met categorieën'),
			v.minLength(2, 'een sorteervraag heeft minstens twee categorieën'),
			v.maxLength(MAX_SORT_CATEGORIES, (issue) => `een sorteervraag heeft hoogstens ${MAX_SORT_CATEGORIES} categorieën, gevonden ${(issue.input as unknown[]).length}`)
		),
		items: v.pipe(
			v.array(sortItemSchema, 'verwacht een lijst met voorbeelden om te sorteren'),
			v.minLength(2, 'een sorteervraag heeft minstens twee voorbeelden'),
			v.maxLength(MAX_SORT_ITEMS, (issue) => `een sorteervraag heeft hoogstens ${MAX_SORT_ITEMS} voorbeelden, gevonden ${(issue.input as unknown[]).length}: verdeel ze over meer vragen`)
		),
		explanation: text('een uitleg'),
		source: text('een bron in het rapport, zoals "§2.2"')
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const question = dataset.value;
		const count = question.categories.length;
		const at = (...keys: (string | number)[]) => keyPath(question, keys);
		question.items.forEach((item, i) => {
			const listed = Array.isArray(item.category) ? item.category : [item.category];
			listed.forEach((index, position) => {
				if (index < count) return;
				addIssue({
					message: `categorie ${index} bestaat niet: er zijn ${count} categorieën, genummerd 0 tot en met ${count - 1}`,
					path: Array.isArray(item.category) ? at('items', i, 'category', position) : at('items', i, 'category')
				});
			});
			if (new Set(listed).size !== listed.length) {
				addIssue({ message: 'dezelfde categorie staat twee keer in de lijst', path: at('items', i, 'category') });
			} else if (listed.every((index) => index < count) && listed.length === count) {
				addIssue({ message: 'dit voorbeeld past in elke categorie: dan valt er niets te sorteren', path: at('items', i, 'category') });
			}
		});
		sameTwice(question.categories).forEach((i) => addIssue({ message: `categorie "${question.categories[i]}" staat er twee keer in`, path: at('categories', i) }));
		sameTwice(question.items.map((item) => item.text)).forEach((i) => addIssue({ message: 'dit voorbeeld staat er twee keer in', path: at('items', i, 'text') }));
	})
);

/** A question with `type: sorteren` is a sorting question; any other (or none) is multiple choice. */
export const quizQuestionSchema = byType('vraagtype', { keuze: choiceQuestionSchema, sorteren: sortQuestionSchema }, 'keuze');

export const quizSchema = strictObject({
	questions: v.pipe(
		v.array(quizQuestionSchema, 'verwacht een lijst met vragen onder "questions"'),
		v.minLength(1, 'een toets heeft minstens één vraag')
	)
});

/**
 * A term or alias: a word or a short phrase. Lessons are searched for every form at once, and a
 * form of thousands of characters would make that search fail.
 */
const TERM_MAX = 80;
const termForm = (what: string) =>
	v.pipe(
		text(what),
		v.maxLength(TERM_MAX, (issue) => `een begrip of andere vorm is hoogstens ${TERM_MAX} tekens (een woord of korte woordgroep), deze heeft er ${String(issue.input).length}`)
	);

export const glossaryTermSchema = strictObject({
	term: termForm('een begrip'),
	aliases: v.optional(v.array(termForm('een andere vorm van het begrip'), 'verwacht een lijst, zoals [dissociëren, dissociatief]'), []),
	explanation: text('een uitleg'),
	source: text('een bron in het rapport, zoals "§4.4"')
});

export const glossarySchema = strictObject({
	terms: v.array(glossaryTermSchema, 'verwacht een lijst met begrippen onder "terms"')
});

export const rubricDimensionSchema = strictObject({
	id: v.pipe(
		text('een id'),
		v.check(
			(id) => ID_PATTERN.test(id) && !isObjectInternal(id),
			(issue) =>
				isObjectInternal(String(issue.input))
					? reservedNameMessage(String(issue.input), 'id')
					: 'een id bestaat uit kleine letters, cijfers en streepjes, zoals "doorvragen"'
		)
	),
	name: text('een naam'),
	good: text('een beschrijving van wat goed is'),
	recommendation: text('de aanbeveling waar dit op steunt'),
	source: text('een bron in het rapport')
});

export const rubricSchema = strictObject({
	dimensions: v.pipe(
		v.array(rubricDimensionSchema, 'verwacht een lijst onder "dimensions"'),
		v.minLength(1, 'noem minstens één dimensie')
	)
});

export type ModuleFrontmatter = v.InferOutput<typeof moduleFrontmatterSchema>;
export type LessonFrontmatter = v.InferOutput<typeof lessonFrontmatterSchema>;
export type QuizFile = v.InferOutput<typeof quizSchema>;
export type GlossaryFile = v.InferOutput<typeof glossarySchema>;
export type RubricFile = v.InferOutput<typeof rubricSchema>;
