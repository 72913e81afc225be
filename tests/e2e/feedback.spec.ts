/**
 * Feedback a learner can read at a glance: a quality word with every scenario choice (text and
 * icon, not colour alone), the strongest choice at each step at the end, scores without negative
 * numbers, quiz answers marked in words, results that open with a summary, and lessons that
 * print without their controls.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, seed, seriousViolations, storedProgress as stored } from './helpers';
import { completeProgress, readCourse } from './outline';
import type { ChoiceQuestion } from '../../src/lib/content/types';

type Course = Awaited<ReturnType<typeof readCourse>>;
type Scenario = Course['modules'][number]['scenarios'][number];

let course: Course;

test.beforeAll(async () => {
	course = await readCourse();
});

const QUALITY_WORDS = ['Helpend', 'Deels helpend', 'Niet helpend'];
const BELOW_ZERO = 'Je keuzes werkten hier vooral tegen je (onder nul).';
/** A minus sign before a figure: "-10 van 11", "-1 punt", "-5 %". */
const NEGATIVE_FIGURE = /[-−]\s?\d+\s*(van\b|%|punt)/;

const points = (score: Record<string, number>) => Object.values(score).reduce((a, b) => a + b, 0);
const scenarioById = (id: string) => course.modules.flatMap((m) => m.scenarios).find((s) => s.id === id)!;

/** Plays to the end taking, at every step, the offered choice with the fewest points; returns the number of steps. */
async function playWeakest(page: Page, scenario: Scenario): Promise<number> {
	let steps = 0;
	while (!(await page.getByRole('heading', { name: 'Einde van het gesprek' }).isVisible())) {
		expect(steps).toBeLessThan(40);
		const nodeId = (await page.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node'))!;
		const choices = scenario.nodes[nodeId]!.choices!;
		const labels = await page.locator('button.choice').allInnerTexts();
		const offered = labels.map((label) => choices.find((c) => c.label === label.trim())!);
		const weakest = offered.reduce((w, c, i) => (points(c.score) < points(offered[w]!.score) ? i : w), 0);
		await page.locator('button.choice').nth(weakest).click();
		steps++;
		await expect(page.locator('.said')).toHaveCount(steps);
	}
	return steps;
}

test('a scenario played badly names the quality of each choice, compares it with the strongest, and shows no negative number', async ({ page }) => {
	const scenario = scenarioById('intakegesprek');
	await open(page, `/${scenario.moduleId}/scenario/${scenario.id}/`);
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	const steps = await playWeakest(page, scenario);

	// Every line the learner said carries a quality word with an icon beside it, hidden from screen readers.
	const badges = page.locator('.said [data-quality]');
	await expect(badges).toHaveCount(steps);
	for (const text of await badges.allInnerTexts()) expect(QUALITY_WORDS.some((w) => text.includes(w)), text).toBe(true);
	await expect(page.locator('.said [data-quality] [aria-hidden="true"]')).toHaveCount(steps);
	await expect(page.locator('.said [data-quality="niet-helpend"]').first()).toContainText('✗ Niet helpend');
	// The learner's own line is in a neutral tone: not the green kept for correct and complete.
	const tones = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.backgroundColor = 'var(--accent-soft)';
		document.body.append(probe);
		const green = getComputedStyle(probe).backgroundColor;
		probe.remove();
		return { said: getComputedStyle(document.querySelector('.said')!).backgroundColor, green };
	});
	expect(tones.said).not.toBe(tones.green);

	// The end: every step, with the strongest choice where it was stronger, its feedback and source.
	const overview = page.getByTestId('scenario-steps');
	await expect(overview.getByTestId('scenario-step')).toHaveCount(steps);
	const strongest = overview.getByTestId('strongest-choice');
	expect(await strongest.count()).toBeGreaterThan(0);
	for (const block of await strongest.all()) {
		await expect(block).toContainText('Sterkste keuze hier:');
		await expect(block.locator('[data-quality]')).toHaveCount(1);
		await expect(block).toContainText('Bron:');
	}

	// Scores: a share with a word, never a negative number; a total below zero is said in words.
	expect(await page.locator('main').innerText()).not.toMatch(NEGATIVE_FIGURE);
	await expect(page.locator('.chart .figure').first()).toHaveText(/^\d+ % · (sterk|op weg|nog oefenen)$/);
	const attempt = (await stored(page)).scenarios[scenario.id][0];
	const belowZero = Object.values(attempt.totals as Record<string, number>).filter((t) => t < 0).length;
	expect(belowZero).toBeGreaterThan(0);
	await expect(page.locator('.chart').getByText(BELOW_ZERO)).toHaveCount(belowZero);
	expect(await seriousViolations(page), 'scenario end, light').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), 'scenario end, dark').toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });

	// The history on the scenario page, after a reload, says the same in words.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Je resultaten in dit scenario' })).toBeVisible();
	await expect(page.locator('#eerdere-resultaten').getByText(BELOW_ZERO).first()).toBeVisible();
	expect(await page.locator('main').innerText()).not.toMatch(NEGATIVE_FIGURE);

	// /resultaten/ opens with a summary, says the same without negative numbers, and names what to practise.
	await open(page, '/resultaten/');
	await expect(page.locator('main h2').first()).toHaveText('In het kort');
	const summary = page.getByTestId('results-summary');
	const scenarioCount = course.modules.reduce((n, m) => n + m.scenarios.length, 0);
	await expect(summary).toContainText(`0 van ${course.modules.length} modules afgerond`);
	await expect(summary).toContainText(`1 van ${scenarioCount} scenario's gespeeld`);
	const practise = summary.getByTestId('to-practise').locator('li');
	expect(await practise.count()).toBeGreaterThanOrEqual(1);
	expect(await practise.count()).toBeLessThanOrEqual(3);
	const lessonPaths = new Set(course.modules.flatMap((m) => m.lessons.map((l) => `/${m.id}/${l.id}/`)));
	for (const item of await practise.all()) {
		await expect(item).toContainText(/\d+ % · (op weg|nog oefenen)/);
		expect(lessonPaths.has((await item.getByRole('link').first().getAttribute('href'))!)).toBe(true);
		await expect(item.getByRole('link', { name: scenario.title })).toHaveAttribute('href', `/${scenario.moduleId}/scenario/${scenario.id}/`);
	}
	await expect(page.getByRole('heading', { name: "Scenario's" })).toBeVisible();
	await expect(page.locator('main').getByText(BELOW_ZERO).first()).toBeVisible();
	expect(await page.locator('main').innerText()).not.toMatch(NEGATIVE_FIGURE);
	expect(await seriousViolations(page), '/resultaten/, light').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), '/resultaten/, dark').toEqual([]);

	// On a phone, modules are cards: no table header row, no sideways scrolling.
	await page.setViewportSize({ width: 390, height: 844 });
	const overviewTable = page.getByTestId('module-overview');
	await expect(overviewTable.locator('thead')).not.toBeInViewport();
	expect(await overviewTable.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
	await expect(overviewTable.locator('tbody td').first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	expect(await seriousViolations(page), '/resultaten/ on a phone').toEqual([]);
});

test('a quiz marks the learner’s answer and the right one in words, and moves focus to the next question', async ({ page }) => {
	// A module whose quiz opens with two multiple-choice questions, the first with one right answer.
	const module = course.modules.find((m) => {
		const [one, two] = m.quiz?.questions ?? [];
		return one?.type === 'keuze' && one.answers.length === 1 && two?.type === 'keuze';
	})!;
	const questions = module.quiz!.questions;
	const first = questions[0] as ChoiceQuestion;
	const wrong = first.options.findIndex((_, i) => !first.answers.includes(i));
	await open(page, `/${module.id}/toets/`);
	await expect(page.getByTestId('quiz-position')).toContainText(`Vraag 1 van ${questions.length}`);

	const question = page.locator('form.question').first();
	await question.getByLabel(first.options[wrong]!, { exact: true }).check();
	await question.getByRole('button', { name: 'Controleer antwoord' }).click();
	const mine = question.getByTestId('mark-mine');
	await expect(mine).toHaveText('Jouw antwoord ✗ fout');
	await expect(mine.locator('[aria-hidden="true"]')).toHaveText('✗');
	await expect(question.locator('li', { has: page.getByTestId('mark-mine') })).toContainText(first.options[wrong]!);
	const right = question.getByTestId('mark-right');
	await expect(right).toHaveText('Goed antwoord ✓');
	await expect(question.locator('li', { has: page.getByTestId('mark-right') })).toContainText(first.options[first.answers[0]!]!);
	expect(await seriousViolations(page), 'quiz, wrong answer marked').toEqual([]);

	await page.getByRole('button', { name: 'Volgende vraag' }).click();
	await expect(page.locator('legend#vraag-2-prompt')).toBeFocused();
	await expect(page.locator('legend#vraag-2-prompt')).toContainText(questions[1]!.prompt);
	await expect(page.getByTestId('quiz-position')).toContainText(`Vraag 2 van ${questions.length}`);

	// A right answer is marked as the learner's and as right.
	const second = questions[1] as ChoiceQuestion;
	const next = page.locator('form.question').first();
	for (const index of second.answers) await next.getByLabel(second.options[index]!, { exact: true }).check();
	await next.getByRole('button', { name: 'Controleer antwoord' }).click();
	await expect(next.getByTestId('mark-mine')).toHaveText(Array(second.answers.length).fill('Jouw antwoord ✓ goed'));
	await expect(next.getByTestId('mark-right')).toHaveCount(0);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), 'quiz, dark').toEqual([]);

	await page.getByRole('button', { name: 'Vorige vraag' }).click();
	await expect(page.locator('legend#vraag-1-prompt')).toBeFocused();
});

test('a lesson prints as its text alone, without controls', async ({ page }) => {
	// A lesson without a content note (it opens at once) that has glossary terms.
	const printable = (l: Course['modules'][number]['lessons'][number]) => !l.contentNote && l.terms.length > 0;
	const module = course.modules.find((m) => m.lessons.some(printable))!;
	const lesson = module.lessons.find(printable)!;
	await open(page, `/${module.id}/${lesson.id}/`);
	await expect(page.getByTestId('read-toggle')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const control of [
		page.getByTestId('read-toggle'),
		page.getByRole('navigation', { name: 'Lessen' }),
		page.getByRole('banner'),
		page.getByRole('contentinfo'),
		page.locator('.breadcrumbs')
	]) {
		await expect(control).toBeHidden();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	await expect(page.locator('.lesson-body')).toBeVisible();
	expect(await page.locator('main button:not(.term):visible, main .button:visible').count()).toBe(0);
	// A glossary term is a word of the sentence: it prints.
	await expect(page.locator('.lesson-body .term').first()).toBeVisible();
});

/** Takes the first choice offered until the conversation stands at a reflection question; returns its node. */
async function toNextReflection(page: Page): Promise<string> {
	const region = page.getByRole('region', { name: 'Gesprek' });
	const start = await region.getAttribute('data-node');
	for (let step = 0; step < 20; step++) {
		const nodeId = (await region.getAttribute('data-node'))!;
		if (nodeId !== start && (await page.getByTestId('reflection').count())) return nodeId;
		const said = await page.locator('.said').count();
		await page.locator('button.choice').first().click();
		await expect(page.locator('.said')).toHaveCount(said + 1);
	}
	throw new Error('geen reflectievraag gevonden');
}

test('a solo learner’s reflection note is saved on the device, exported, merged on import, printed, and never shown in training', async ({ browser }, testInfo) => {
	const scenario = scenarioById('intakegesprek');
	const path = `/${scenario.moduleId}/scenario/${scenario.id}/`;
	const first = { note: 'Ik merk dat ik haar wil geruststellen.', other: 'Een gedachte van een ander apparaat.' };
	const second = 'Stilte laten vallen is lastig voor mij.';

	const one = await browser.newContext();
	const page = await one.newPage();
	await open(page, path);
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	// The start may already ask; either way, go to a node with a reflection question.
	const firstNode = (await page.getByTestId('reflection').count())
		? (await page.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node'))!
		: await toNextReflection(page);
	// Offered folded, as an optional question, with the prompt in words.
	const reflection = page.getByTestId('reflection');
	await expect(reflection).not.toHaveAttribute('open');
	await expect(reflection.locator('summary')).toHaveText(`Om bij stil te staan (als je wilt): ${scenario.nodes[firstNode]!.discuss!}`);
	await reflection.locator('summary').click();
	await reflection.getByLabel('Je notitie').fill(first.note);
	await reflection.getByRole('button', { name: 'Bewaar notitie' }).click();
	await expect(page.getByTestId('reflection-status')).toHaveText('Je notitie is bewaard, alleen op dit apparaat.');
	expect((await stored(page)).reflections[scenario.id][firstNode].text).toBe(first.note);
	expect(await seriousViolations(page), 'reflection question').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), 'reflection question, dark').toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });

	// A second note, saved by leaving the field (choosing goes on at once).
	const secondNode = await toNextReflection(page);
	await page.getByTestId('reflection').locator('summary').click();
	await page.getByTestId('reflection').getByLabel('Je notitie').fill(second);
	await page.locator('button.choice').first().click();
	await expect.poll(async () => (await stored(page)).reflections[scenario.id][secondNode]?.text).toBe(second);

	// Back at the first node after starting again: the note is there to read on.
	await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
	if (firstNode !== (await page.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node'))) await toNextReflection(page);
	await expect(page.getByTestId('reflection')).toHaveAttribute('open');
	await expect(page.getByTestId('reflection').getByLabel('Je notitie')).toHaveValue(first.note);

	// "Mijn reflecties": both notes under their questions, and a print without controls.
	await open(page, '/reflecties/');
	const group = page.getByTestId('reflection-group');
	await expect(group).toHaveCount(1);
	await expect(group).toContainText(scenario.title);
	await expect(group).toContainText(scenario.nodes[firstNode]!.discuss!);
	await expect(group).toContainText(first.note);
	await expect(group).toContainText(second);
	expect(await seriousViolations(page), '/reflecties/').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), '/reflecties/, dark').toEqual([]);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(group).toContainText(first.note);
	await page.emulateMedia({ media: null });
	const pdf = await page.pdf({ preferCSSPageSize: true });
	// Two short notes fit on one page.
	expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);

	// Export.
	await open(page, '/resultaten/');
	await expect(page.getByTestId('results-summary').getByRole('link', { name: 'Mijn reflecties' })).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download je voortgang' }).click()]);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await one.close();

	// Import elsewhere, where a note at the first question already exists: that note stays, the other is added.
	const two = await browser.newContext();
	const other = await two.newPage();
	await seed(other, {
		...completeProgress([], {}),
		reflections: { [scenario.id]: { [firstNode]: { text: first.other, at: '2026-03-01T09:00:00.000Z' } } }
	});
	await open(other, '/resultaten/');
	await other.getByLabel('Kies een voortgangsbestand (.json)').setInputFiles(file);
	await expect(other.getByTestId('import-preview')).toContainText('1 reflectie');
	await other.getByRole('button', { name: 'Ja, voeg toe' }).click();
	await expect(other.getByTestId('import-status')).toContainText('toegevoegd');
	const merged = (await stored(other)).reflections[scenario.id];
	expect(merged[firstNode].text).toBe(first.other);
	expect(merged[secondNode].text).toBe(second);
	await open(other, '/reflecties/');
	await expect(other.getByTestId('reflection-group')).toContainText(first.other);
	await expect(other.getByTestId('reflection-group')).toContainText(second);
	await expect(other.getByTestId('reflection-group')).not.toContainText(first.note);

	// Training mode shows the prompt to the group, never a note or a note field.
	await open(other, `/training/${scenario.id}/`);
	await other.getByTestId('training-start').click();
	for (let step = 0; step < 20; step++) {
		if (await other.getByText(scenario.nodes[secondNode]!.discuss!).count()) break;
		await other.keyboard.press('1');
		await expect(other.getByTestId('chosen-status')).toBeVisible();
		await other.keyboard.press('ArrowRight');
	}
	await expect(other.getByText(scenario.nodes[secondNode]!.discuss!)).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Bespreek met de groep' })).toBeVisible();
	await expect(other.locator('main')).not.toContainText(second);
	await expect(other.locator('main')).not.toContainText(first.other);
	await expect(other.locator('textarea')).toHaveCount(0);
	await two.close();
});
