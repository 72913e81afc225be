/**
 * The README's examples of a figure and of a sorting question are content the course accepts,
 * so authors who copy them start from something that works.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWith, validFiles } from '../content/fixture';

const readme = readFileSync('README.md', 'utf8');

describe('the README’s examples', () => {
	it('the figure is drawn in a lesson without a problem', async () => {
		const figure = /````markdown\n(```figure\n[\s\S]*?\n```)\n````/.exec(readme)![1]!;
		const lesson = 'modules/01-basis/lessons/01-definitie.md';
		const { course, problems } = await loadWith({ [lesson]: validFiles[lesson]!.replace('staat een definitie (§1.2).\n', `staat een definitie (§1.2).\n\n${figure}\n`) });
		expect(problems).toEqual([]);
		expect(course!.modules[0]!.lessons[0]!.html).toContain('<figure class="fig fig-staafdiagram" id="figuur-1">');
	});

	it('the quiz, with its sorting question, is read without a problem', async () => {
		const quiz = /### quiz\.yaml\n\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
		const { course, problems } = await loadWith({ 'modules/01-basis/quiz.yaml': quiz });
		expect(problems).toEqual([]);
		expect(course!.modules[0]!.quiz!.questions.map((q) => q.type)).toEqual(['keuze', 'sorteren']);
	});
});
