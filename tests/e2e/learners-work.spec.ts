/**
 * A learner's work is never lost and never misreported: conversations resume after a reload,
 * Back or a pause; results count the best attempt; a passed quiz stays passed; skipping at a
 * content note never blocks the certificate; two tabs never overwrite each other.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerShownQuestion, follow, open, ready, seed, seriousViolations, storedProgress as stored } from './helpers';
import { completeProgress, readCourse, readOutline, readScenarioBest, type OutlineModule } from './outline';
import type { ChoiceQuestion } from '../../src/lib/content/types';

type Course = Awaited<ReturnType<typeof readCourse>>;

let course: Course;
let modules: OutlineModule[];
let best: Record<string, Record<string, number>>;

test.beforeAll(async ({ browser }) => {
	course = await readCourse();
	modules = await readOutline(browser);
	best = await readScenarioBest();
});

const scenarioPath = '/de-therapeutische-relatie/scenario/intakegesprek/';

/** Starts the scenario (through its content note) and takes the first choice offered `n` times. */
async function playFirstChoices(page: Page, n: number) {
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	for (let i = 0; i < n; i++) {
		const said = await page.locator('.said').count();
		await page.locator('button.choice').first().click();
		await expect(page.locator('.said')).toHaveCount(said + 1);
	}
}

/** Takes the first choice offered until the end; returns the result figures as text. */
async function finishWithFirstChoices(page: Page): Promise<string[]> {
	for (let step = 0; step < 40; step++) {
		if (await page.getByRole('heading', { name: 'Einde van het gesprek' }).isVisible()) break;
		await page.locator('button.choice').first().click();
	}
	await expect(page.locator('.chart .figure').first()).toBeVisible();
	return page.locator('.chart .figure').allInnerTexts();
}

const node = (page: Page) => page.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node');

test('a conversation survives a reload at step 3: same node, same path, and the same result as without the reload', async ({ browser }) => {
	// Played through once without interruption, for comparison.
	const plain = await (await browser.newContext()).newPage();
	await open(plain, scenarioPath);
	await playFirstChoices(plain, 2);
	const nodeAtStep3 = await node(plain);
	const expected = await finishWithFirstChoices(plain);

	const page = await (await browser.newContext()).newPage();
	await open(page, scenarioPath);
	await playFirstChoices(page, 2);
	const conversation = await page.getByRole('region', { name: 'Gesprek' }).innerText();
	await page.reload();
	await ready(page);
	const resume = page.getByTestId('resume');
	await expect(resume).toContainText('Je was bij stap 3.');
	await expect(resume.locator('blockquote')).not.toBeEmpty();
	expect(await seriousViolations(page), 'resume offer').toEqual([]);
	await page.getByRole('button', { name: 'Ga verder waar je was' }).click();
	await expect(page.getByTestId('latest-turn')).toBeFocused();
	expect(await node(page)).toBe(nodeAtStep3);
	expect(await page.getByRole('region', { name: 'Gesprek' }).innerText()).toBe(conversation);
	// Trust and totals were replayed exactly: the rest of the way and the result are the same.
	expect(await finishWithFirstChoices(page)).toEqual(expected);
	const progress = await stored(page);
	expect(progress.inProgress).toEqual({});
	expect(progress.scenarios.intakegesprek).toHaveLength(1);
});

test('Back and the pause page both bring the learner back to the same step; the pause also to the same place on the page', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 600 });
	await open(page, scenarioPath);
	await playFirstChoices(page, 3);
	const here = await node(page);

	// Away through a link and back with the browser's Back button: the offer to go on.
	await follow(page, () => page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').last().click());
	await page.goBack();
	await ready(page);
	await page.getByRole('button', { name: 'Ga verder waar je was' }).click();
	expect(await node(page)).toBe(here);

	// To the pause page and back: straight on at the same step, scrolled to the same place.
	// Somewhere in the middle of the conversation, as a reader would be.
	const scrollY = await page.evaluate(() => {
		window.scrollTo({ top: Math.round((document.documentElement.scrollHeight - window.innerHeight) / 2), behavior: 'instant' });
		return window.scrollY;
	});
	expect(scrollY).toBeGreaterThan(100);
	// Pauze is in the header, which stays on screen: tapped where it is, without scrolling.
	const pause = (await page.getByRole('banner').getByRole('link', { name: 'Pauze' }).boundingBox())!;
	expect(pause.y).toBeGreaterThanOrEqual(0);
	expect(pause.y + pause.height).toBeLessThanOrEqual(600);
	await follow(page, () => page.mouse.click(pause.x + pause.width / 2, pause.y + pause.height / 2));
	await expect(page.getByRole('heading', { name: 'Even pauze' })).toBeVisible();
	await follow(page, () => page.getByRole('link', { name: 'Terug naar waar je was' }).click());
	await expect(page.getByRole('region', { name: 'Gesprek' })).toBeVisible();
	await expect(page.getByTestId('resume')).toHaveCount(0);
	expect(await node(page)).toBe(here);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY - 40);
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(40);
});

test('a saved conversation that no longer fits the scenario gives a message and a fresh start; nothing else changes', async ({ page }) => {
	const lessonKey = `${modules[0]!.id}/${modules[0]!.lessons[0]!.id}`;
	const progress = {
		...completeProgress([], {}),
		lessons: { [lessonKey]: { readAt: '2026-03-01T09:00:00.000Z' } },
		// As if the scenario file had changed since: the opening has no seventh choice now.
		inProgress: {
			intakegesprek: {
				steps: [{ nodeId: 'opening', choiceIndex: 6 }],
				at: 'verdwenen',
				startedAt: '2026-03-01T09:00:00.000Z',
				updatedAt: '2026-03-01T09:05:00.000Z'
			}
		}
	};
	await seed(page, progress);
	await open(page, scenarioPath);
	await page.getByRole('button', { name: 'Ga verder waar je was' }).click();
	await expect(page.getByTestId('resume-message')).toHaveText(
		'Dit scenario is aangepast sinds je eraan begon, en je gesprek past er niet meer in. Je begint opnieuw; je eerdere resultaten blijven staan.'
	);
	await expect(page.locator('.said')).toHaveCount(0);
	await expect(page.locator('button.choice').first()).toBeVisible();
	const after = await stored(page);
	expect(after.inProgress).toEqual({});
	expect(after.lessons).toEqual(progress.lessons);
});

test('results and certificate keep the best attempt when a worse one follows', async ({ page }) => {
	const progress = completeProgress(modules, best);
	// After each good attempt, a later one played as badly as possible (exploring another way).
	for (const [id, attempts] of Object.entries(progress.scenarios)) {
		const good = attempts[0] as { totals: Record<string, number>; finishedAt: string };
		const worst = course.modules.flatMap((m) => m.scenarios).find((s) => s.id === id)!.worst;
		attempts.push({
			...good,
			finishedAt: new Date(Date.parse(good.finishedAt) + 3_600_000).toISOString(),
			endNode: 'anders',
			totals: worst,
			shares: Object.fromEntries(Object.keys(worst).map((d) => [d, 0]))
		});
	}
	await seed(page, progress);
	await open(page, '/resultaten/');
	await expect(page.getByText('Per scenario telt je beste poging')).toBeVisible();
	const chart = page.locator('.chart').first();
	for (const figure of await chart.locator('.figure').allInnerTexts()) expect(figure).toMatch(/^100 %/);
	await expect(page.getByTestId('results-summary')).toContainText('sta je sterk');
	await expect(page.getByTestId('to-practise')).toHaveCount(0);
	await expect(page.locator('#group-oefenen')).toHaveCount(0);
	await expect(page.getByText('laatste keer').first()).toBeVisible();

	await open(page, '/certificaat/');
	await page.getByLabel('Je naam').fill('Anna de Vries');
	const certificate = page.getByTestId('certificate');
	await expect(certificate).toContainText('bij de beste poging per scenario');
	await expect(certificate).not.toContainText(/\b0 %/);
});

test('a passed quiz stays passed through a retake; "alleen de foute vragen" keeps the right answers', async ({ page }) => {
	// A quiz of multiple-choice questions only (sorting is tested in sorting.spec.ts).
	const module = course.modules.find((m) => (m.quiz?.questions.length ?? 0) >= 5 && m.quiz!.questions.every((q) => q.type === 'keuze'))!;
	const questions = module.quiz!.questions as ChoiceQuestion[];
	const passMark = Math.ceil(questions.length * 0.7);
	const at = '2026-03-02T10:00:00.000Z';
	const wrongOption = (answers: number[], options: number) => [...Array(options).keys()].find((i) => !answers.includes(i))!;
	// One short of the pass mark: the last questions answered wrongly.
	const answers = Object.fromEntries(
		questions.map((q, i) => [String(i), i < passMark - 1 ? { chosen: q.answers, correct: true, at } : { chosen: [wrongOption(q.answers, q.options.length)], correct: false, at }])
	);
	await seed(page, { ...completeProgress([], {}), quizzes: { [module.id]: { answers } } });
	await open(page, `/${module.id}/toets/`);
	await expect(page.getByTestId('quiz-end')).toHaveText(
		new RegExp(`Je hebt ${passMark - 1} van de ${questions.length} goed\\. Om deze toets te halen heb je er ${passMark} nodig\\.`)
	);

	// Only the wrong ones again: asked first; the right answers stay.
	await page.getByRole('button', { name: 'Alleen de foute vragen opnieuw' }).click();
	await expect(page.locator('#retake-question')).toContainText('je goede antwoorden blijven staan');
	await page.getByRole('button', { name: 'Ja, opnieuw' }).click();
	await expect(page.getByTestId('quiz-score')).toContainText(`${passMark - 1} van ${questions.length} goed (${passMark - 1} beantwoord)`);
	await page.getByRole('radio', { name: 'Alle vragen' }).check();
	for (let i = passMark - 1; i < questions.length; i++) {
		const form = page.locator('form.question').nth(i);
		for (const index of questions[i]!.answers) await form.locator(`input[value="${index}"]`).check();
		await form.getByRole('button', { name: 'Controleer antwoord' }).click();
	}
	await expect(page.getByTestId('quiz-end')).toHaveText(new RegExp(`Gehaald: ${questions.length} van de ${questions.length} goed\\.`));

	// The whole quiz again, badly: the pass and the best score stay.
	await page.getByRole('button', { name: 'Hele toets opnieuw maken' }).click();
	await page.getByRole('button', { name: 'Nee, laat staan' }).click();
	expect(Object.keys((await stored(page)).quizzes[module.id].answers)).toHaveLength(questions.length);
	await page.getByRole('button', { name: 'Hele toets opnieuw maken' }).click();
	await expect(page.locator('#retake-question')).toContainText('Je toets blijft gehaald');
	await page.getByRole('button', { name: 'Ja, opnieuw' }).click();
	await expect(page.getByTestId('quiz-score')).toContainText(`0 van ${questions.length} goed`);
	await expect(page.getByTestId('quiz-score')).toContainText('gehaald');
	await expect(page.getByTestId('quiz-best')).toHaveText(`Je beste score tot nu toe: ${questions.length} van de ${questions.length} goed.`);
	for (let i = 0; i < questions.length; i++) {
		const form = page.locator('form.question').nth(i);
		await form.locator(`input[value="${wrongOption(questions[i]!.answers, questions[i]!.options.length)}"]`).check();
		await form.getByRole('button', { name: 'Controleer antwoord' }).click();
	}
	await expect(page.getByTestId('quiz-end')).toContainText('Je had de toets eerder al gehaald; dat blijft zo.');
	expect(await seriousViolations(page), 'quiz after retake').toEqual([]);
	await open(page, `/${module.id}/`);
	await expect(page.getByTestId('module-progress')).toContainText(`toets: 0 van ${questions.length} goed`);
	await open(page, '/resultaten/');
	await expect(page.getByRole('listitem').filter({ hasText: module.title }).filter({ hasText: 'beste score' })).toContainText('gehaald');
});

test('a lesson skipped at its content note counts as done: it does not block the certificate, and shows as skipped', async ({ page }) => {
	const module = course.modules.find((m) => m.lessons.some((l) => l.contentNote))!;
	const lesson = module.lessons.find((l) => l.contentNote)!;
	const lessonIndex = module.lessons.indexOf(lesson);
	await seed(page, completeProgress(modules, best, `${module.id}/${lesson.id}`));
	await page.addInitScript(() => localStorage.setItem('bamboe.certificaat-naam', 'Anna de Vries'));
	await open(page, '/certificaat/');
	await expect(page.getByTestId('certificate-missing')).toContainText(lesson.title);

	await open(page, `/${module.id}/${lesson.id}/`);
	await expect(page.getByText('Overslaan telt niet tegen je voortgang.')).toBeVisible();
	await follow(page, () => page.getByRole('link', { name: 'Sla deze les over' }).click());

	await open(page, `/${module.id}/`);
	const item = page.locator('ol.items > li').nth(lessonIndex);
	await expect(item).toContainText('overgeslagen');
	await expect(item).not.toContainText('gelezen');
	await open(page, '/resultaten/');
	await expect(page.getByTestId('skipped-items')).toContainText(lesson.title);
	await expect(page.getByTestId('module-overview')).toContainText('(1 overgeslagen)');
	await open(page, '/certificaat/');
	await expect(page.getByTestId('certificate')).toContainText('1 onderdeel die na een inhoudswaarschuwing bewust is overgeslagen');

	// Read later, it counts as read.
	await open(page, `/${module.id}/${lesson.id}/`);
	await expect(page.getByTestId('skipped-note')).toBeVisible();
	await page.getByRole('button', { name: 'Verder lezen' }).click();
	await page.getByTestId('read-toggle').click();
	await open(page, `/${module.id}/`);
	await expect(page.locator('ol.items > li').nth(lessonIndex)).toContainText('gelezen');
});

test('two tabs of the course keep both of their writes', async ({ browser }) => {
	const context = await browser.newContext();
	const a = await context.newPage();
	const b = await context.newPage();
	const [first, second] = modules[0]!.lessons;
	const quizModule = modules.find((m) => m.questionCount > 0)!;
	await open(a, `/${quizModule.id}/toets/`);
	await open(b, `/${modules[0]!.id}/${second!.id}/`);
	// Tab B opened before tab A wrote anything, and never reloads.
	await answerShownQuestion(a);
	await expect(a.getByTestId('quiz-score')).toContainText('(1 beantwoord)');
	await b.getByTestId('read-toggle').click();
	await expect(b.getByTestId('read-toggle')).toHaveAttribute('aria-pressed', 'true');
	await open(a, `/${modules[0]!.id}/${first!.id}/`);
	await a.getByTestId('read-toggle').click();

	for (const page of [a, b]) {
		await page.reload();
		await ready(page);
	}
	const progress = await stored(b);
	expect(Object.keys(progress.lessons).sort()).toEqual([`${modules[0]!.id}/${first!.id}`, `${modules[0]!.id}/${second!.id}`].sort());
	expect(Object.keys(progress.quizzes[quizModule.id].answers)).toEqual(['0']);
	// Tab B also shows what tab A does, without a reload (the storage event).
	await open(b, `/${modules[0]!.id}/`);
	const third = modules[0]!.lessons[2]!;
	await expect(b.locator('ol.items > li').nth(2)).not.toContainText('gelezen');
	await open(a, `/${modules[0]!.id}/${third.id}/`);
	await a.getByTestId('read-toggle').click();
	await expect(b.locator('ol.items > li').nth(2)).toContainText('gelezen');
	await context.close();
});
