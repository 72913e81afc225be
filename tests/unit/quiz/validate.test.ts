/**
 * Sorting questions in quiz.yaml are checked like every question: exact messages with file,
 * line and place, in one pass.
 */
import { describe, expect, it } from 'vitest';
import { loadWith, validFiles } from '../content/fixture';

const quiz = 'modules/01-basis/quiz.yaml';
/** The fixture's quiz with a sorting question after its question: `type` is on line 7. */
const sortQuestion = `  - type: sorteren
    prompt: Sorteer de voorbeelden.
    categories: [Mishandeling, Verwaarlozing]
    items:
      - { text: Slaan, category: 0 }
      - text: Geen eten
        category: 1
        explanation: Er wordt iets nagelaten (§2).
      - { text: Geen warmte, category: [1] }
    explanation: Doen of nalaten.
    source: "§2"
`;
const withSort = (question = sortQuestion) => ({ [quiz]: validFiles[quiz]! + question });

describe('a sorting question', () => {
	it('is read with its categories and, per item, the categories that are right', async () => {
		const { course, problems } = await loadWith(withSort());
		expect(problems).toEqual([]);
		expect(course!.modules[0]!.quiz!.questions[1]).toEqual({
			type: 'sorteren',
			prompt: 'Sorteer de voorbeelden.',
			categories: ['Mishandeling', 'Verwaarlozing'],
			items: [
				{ text: 'Slaan', categories: [0] },
				{ text: 'Geen eten', categories: [1], explanation: 'Er wordt iets nagelaten (§2).' },
				{ text: 'Geen warmte', categories: [1] }
			],
			explanation: 'Doen of nalaten.',
			source: '§2'
		});
	});

	it('an unknown question type, with the nearest type', async () => {
		const { course, messages } = await loadWith(withSort(sortQuestion.replace('type: sorteren', 'type: sorteer')));
		expect(course).toBeUndefined();
		expect(messages).toEqual([`${quiz}:7 questions[1].type: onbekend vraagtype "sorteer". Bedoel je "sorteren"?`]);
	});

	it('a category that does not exist, in a single index and in a list', async () => {
		const { messages } = await loadWith(withSort(sortQuestion.replace('{ text: Slaan, category: 0 }', '{ text: Slaan, category: 2 }').replace('category: [1]', 'category: [1, 5]')));
		expect(messages).toEqual([
			`${quiz}:11 questions[1].items[0].category: categorie 2 bestaat niet: er zijn 2 categorieën, genummerd 0 tot en met 1`,
			`${quiz}:15 questions[1].items[2].category[1]: categorie 5 bestaat niet: er zijn 2 categorieën, genummerd 0 tot en met 1`
		]);
	});

	it('an item that fits every category, a category twice, an item twice', async () => {
		const { messages } = await loadWith(
			withSort(sortQuestion.replace('category: [1]', 'category: [0, 1]').replace('[Mishandeling, Verwaarlozing]', '[Mishandeling, Verwaarlozing, mishandeling]').replace('text: Geen eten', 'text: Slaan'))
		);
		expect(messages).toEqual([
			`${quiz}:9 questions[1].categories[2]: categorie "mishandeling" staat er twee keer in`,
			`${quiz}:12 questions[1].items[1].text: dit voorbeeld staat er twee keer in`
		]);
		const every = await loadWith(withSort(sortQuestion.replace('category: [1]', 'category: [1, 0]')));
		expect(every.messages).toEqual([`${quiz}:15 questions[1].items[2].category: dit voorbeeld past in elke categorie: dan valt er niets te sorteren`]);
	});

	it('too few categories or items, a missing key, an unknown key, a § the report lacks', async () => {
		const { messages } = await loadWith(
			withSort(
				sortQuestion
					.replace('[Mishandeling, Verwaarlozing]', '[Mishandeling]')
					.replace('    source: "§2"\n', '')
					.replace('explanation: Er wordt iets nagelaten (§2).', 'explanation: Er wordt iets nagelaten (§3.2).\n        answer: 1')
			)
		);
		expect(messages).toEqual([
			`${quiz}:7 questions[1]: "source" ontbreekt`,
			`${quiz}:9 questions[1].categories: een sorteervraag heeft minstens twee categorieën`,
			`${quiz}:15 questions[1].items[1].answer: onbekende sleutel "answer". Toegestaan: text, category, explanation.`
		]);
		const onlyOne = await loadWith(withSort(sortQuestion.replace(/ {6}- text: Geen eten\n.*\n.*\n {6}- \{ text: Geen warmte, category: \[1\] \}\n/, '')));
		expect(onlyOne.messages).toEqual([`${quiz}:11 questions[1].items: een sorteervraag heeft minstens twee voorbeelden`]);
		const section = await loadWith(withSort(sortQuestion.replace('(§2).', '(§3.2).')));
		expect(section.messages).toEqual([
			`${quiz}:14 questions[1].items[1].explanation: §3.2 staat niet in het rapport\n  → Noem een paragraaf die het rapport heeft (zie de pagina Het rapport, /rapport/); let op: het rapport heeft geen §3.2.`
		]);
	});

	it('options on a sorting question are an unknown key, with what is allowed', async () => {
		const { messages } = await loadWith(withSort(sortQuestion.replace('    explanation: Doen', '    options: [a, b]\n    explanation: Doen')));
		expect(messages).toEqual([`${quiz}:16 questions[1].options: onbekende sleutel "options". Toegestaan: type, prompt, categories, items, explanation, source.`]);
	});
});
