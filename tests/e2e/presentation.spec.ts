/**
 * A training day on a projector: presentation mode fits a whole decision on the screen, the
 * keys of a presenter remote work, the feedback on every answer can be shown, and the session
 * ends with a summary that prints to an A4 pdf and downloads as the same data in JSON.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { replayChoices } from '../../src/lib/scenario/replay';
import type { ScenarioData } from '../../src/lib/scenario/types';
import { choiceQuality, QUALITY_WORDS } from '../../src/lib/scoring/quality';
import type { SessionSummary } from '../../src/lib/training/summary';
import { follow, open, seriousViolations } from './helpers';
import { readCourse } from './outline';
import { openAt, voteAndChoose, wordiestDecisions, type Decision } from './training-helpers';

let scenarios: ScenarioData[];
let wordiest: Decision[];

test.beforeAll(async () => {
	scenarios = (await readCourse()).modules.flatMap((m) => m.scenarios);
	wordiest = wordiestDecisions(scenarios);
	expect(wordiest.length).toBeGreaterThanOrEqual(3);
});

const status = (page: Page) => page.getByTestId('training-status');

/** Each element of the locator that is not wholly on the screen, described. */
async function offScreen(page: Page, locator: Locator, name: string): Promise<string[]> {
	const { width, height } = page.viewportSize()!;
	const boxes = await locator.evaluateAll((elements) =>
		elements.map((element) => {
			const box = element.getBoundingClientRect();
			return { top: box.top, left: box.left, bottom: box.bottom, right: box.right, visible: box.height > 0 };
		})
	);
	if (boxes.length === 0) return [`${name}: niet op de pagina`];
	return boxes.flatMap((box, i) =>
		box.visible && box.top >= 0 && box.left >= 0 && box.bottom <= height + 0.5 && box.right <= width + 0.5
			? []
			: [`${name} ${i + 1}: ${JSON.stringify(box)}`]
	);
}

/** What must be on the screen together once the feedback is shown. */
async function decisionOffScreen(page: Page): Promise<string[]> {
	const parts: [Locator, string][] = [
		[page.getByTestId('narration'), 'tekst van de cliënt'],
		[page.getByTestId('choices').getByRole('button'), 'antwoord'],
		[page.getByTestId('chosen-status'), 'keuze van de groep'],
		[page.getByTestId('feedback'), 'feedback'],
		[page.getByTestId('vote-chart'), 'stemmen'],
		[page.getByRole('button', { name: 'Verder' }).or(page.getByRole('button', { name: 'Naar het einde' })), 'verder'],
		[page.getByTestId('presentation-bar'), 'presentatiebalk']
	];
	if (await page.getByTestId('discuss').count()) parts.push([page.getByTestId('discuss'), 'vraag voor de groep']);
	const found = await Promise.all(parts.map(([locator, name]) => offScreen(page, locator, name)));
	const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
	return [...found.flat(), ...(scrolls ? ['de pagina scrolt'] : [])];
}

const px = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

for (const [width, height, smallest] of [
	[1280, 720, 15],
	[1920, 1080, 22]
] as const) {
	test(`at ${width}×${height}, after the feedback is shown, the client's words, every answer, the votes and the feedback are on the screen together, without the site around them`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		for (const decision of wordiest) {
			// The group voted: 1, 2, 3, … for the answers in turn, so the chart is on the screen too.
			await openAt(page, decision, true, Object.fromEntries(decision.offered.map((index, i) => [index, i + 1])));
			await expect(page.getByTestId('vote-chart')).toContainText('Antwoord 1:1 stem (');
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(page.getByRole('contentinfo')).toBeHidden();
			await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
			// Every answer once, so the longest feedback is among them.
			for (let answer = 1; answer <= decision.answers; answer++) {
				const where = `${decision.scenarioId}/${decision.nodeId}, antwoord ${answer}`;
				await page.keyboard.press(String(answer));
				await page.keyboard.press(' ');
				await expect(page.getByTestId('feedback')).toBeVisible();
				await expect.poll(() => decisionOffScreen(page), where).toEqual([]);
				// Fitted, not shrunk out of reach: readable from the back of the room.
				expect(await px(page.getByTestId('narration')), where).toBeGreaterThanOrEqual(smallest);
			}
		}
	});
}

test('presentation mode: on and off, PageDown and PageUp, a blank screen, full screen, Pauze by key, and a light focus line on the narration', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const scenarioPath = '/training/intakegesprek/';
	await open(page, scenarioPath);
	await expect(page.getByRole('banner')).toBeVisible();
	await page.getByTestId('presentation-on').click();
	await expect(status(page)).toContainText('Presentatiemodus aan');
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	// The introduction with its content note is what the room sees first; the trainer's notes are not.
	await expect(page.getByRole('complementary', { name: 'Inhoudswaarschuwing' })).toBeVisible();
	await expect(page.getByText(/De sessie wordt alleen in dit browsertabblad bewaard/)).toBeHidden();
	await expect(page.getByTestId('training-start')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();

	// The narration gets focus for screen readers: a thin dotted line, not the controls' ring.
	const narration = page.getByTestId('narration');
	await expect(narration).toBeFocused();
	expect(await narration.evaluate((e) => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth])).toEqual(['dotted', '2px']);
	await page.keyboard.press('Tab');
	const firstAnswer = page.getByRole('button', { name: /^Antwoord 1:/ });
	await expect(firstAnswer).toBeFocused();
	expect(await firstAnswer.evaluate((e) => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth])).toEqual(['solid', '4px']);

	// A presenter remote: PageDown on, PageUp back.
	await page.keyboard.press('1');
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('heading', { name: /^Beslissing 1/ })).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();

	// B (or ".") blanks the screen; any key brings it back and does nothing else; so does a click.
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await expect(status(page)).toHaveText('Het scherm is zwart. Druk op een toets of klik om terug te gaan.');
	await page.keyboard.press('2');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await expect(status(page)).toHaveText('Het scherm is terug.');
	await expect(page.getByTestId('chosen-status')).toHaveCount(0);
	await page.keyboard.press('.');
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await page.getByTestId('blank-screen').click();
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await page.getByRole('button', { name: 'Zwart scherm' }).click();
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();

	// F: full screen, and back.
	const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
	await page.keyboard.press('f');
	await expect.poll(isFullscreen).toBe(true);
	await expect(page.getByRole('button', { name: 'Volledig scherm' })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('f');
	await expect.poll(isFullscreen).toBe(false);

	// P: the pause page; the way back leads to the same decision, still presented.
	await follow(page, () => page.keyboard.press('p'));
	expect(new URL(page.url()).pathname).toBe('/pauze/');
	await expect(page.getByRole('banner')).toBeVisible();
	await follow(page, () => page.getByRole('link', { name: 'Terug naar waar je was' }).click());
	expect(new URL(page.url()).pathname).toBe(scenarioPath);
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await expect(page.getByRole('banner')).toBeHidden();
	// The small Pauze control does the same.
	await expect(page.getByTestId('presentation-bar').getByRole('link', { name: /Pauze/ })).toHaveAttribute('href', '/pauze/');

	// Escape ends presentation mode; the site is back.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeVisible();
	await expect(page.getByTestId('presentation-bar')).toHaveCount(0);
	await expect(status(page)).toHaveText('Presentatiemodus uit.');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
});

test('the feedback on every answer, with its quality and source, once the group’s own feedback is shown; kept after a reload', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const decision = wordiest.find((d) => d.answers >= 3)!;
	await openAt(page, decision, true);
	await page.keyboard.press('a');
	await expect(status(page)).toHaveText(/^Kies eerst het antwoord van de groep en toon de feedback/);
	await page.keyboard.press('2');
	await page.keyboard.press('a');
	await expect(status(page)).toHaveText(/^Toon eerst de feedback op de keuze van de groep/);
	await expect(page.getByTestId('alternative-feedback')).toHaveCount(0);
	await page.keyboard.press(' ');
	await page.keyboard.press('a');
	const revealed = page.getByTestId('alternative-feedback');
	await expect(revealed).toHaveCount(decision.answers);
	await expect(status(page)).toHaveText(`De feedback op alle ${decision.answers} antwoorden staat op het scherm.`);
	await expect(page.getByTestId('choices')).toBeFocused();
	// Each offered answer, in the order shown: its quality in words (an icon beside it) and its source.
	const scenario = scenarios.find((s) => s.id === decision.scenarioId)!;
	const authored = scenario.nodes[decision.nodeId]!.choices!;
	const offered = replayChoices(scenario, decision.choices).at(-1)!.offered.map((index) => authored[index]!);
	for (const [i, choice] of offered.entries()) {
		await expect(revealed.nth(i)).toContainText(new RegExp(`^[✓◐✗] ${QUALITY_WORDS[choiceQuality(choice.score)]}`));
		await expect(revealed.nth(i)).toContainText(choice.feedback.replace(/\s+/g, ' ').trim());
		await expect(revealed.nth(i)).toContainText(`Bron: ${choice.source}`);
	}
	await expect(page.getByTestId('choices').locator('li').nth(1)).toContainText('keuze van de groep');
	// On one screen as well, the answers side by side.
	await expect.poll(() => offScreen(page, revealed, 'feedback op een antwoord')).toEqual([]);
	await expect.poll(() => offScreen(page, page.getByTestId('narration'), 'tekst van de cliënt')).toEqual([]);

	await page.reload();
	await expect(page.getByTestId('alternative-feedback')).toHaveCount(decision.answers);

	// Without presentation mode, the button does the same; another answer hides it all again.
	await page.keyboard.press('Escape');
	await page.keyboard.press('1');
	await expect(page.getByTestId('alternative-feedback')).toHaveCount(0);
	await expect(page.getByTestId('reveal-all')).toHaveCount(0);
	await page.getByRole('button', { name: 'Toon feedback' }).click();
	await page.getByTestId('reveal-all').click();
	await expect(page.getByTestId('alternative-feedback')).toHaveCount(decision.answers);
});

/** The /Title of each pdf outline entry (Chromium writes them as UTF-16 hex or as plain text). */
function outlineTitles(pdf: Buffer): string[] {
	return [...pdf.toString('latin1').matchAll(/\/Title\s*(?:<([0-9A-Fa-f\s]+)>|\(((?:\\.|[^\\)])*)\))/g)].map(([, hex, literal]) => {
		if (literal !== undefined) return literal.replace(/\\([()\\])/g, '$1');
		const bytes = Buffer.from(hex!.replace(/\s/g, ''), 'hex');
		return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
	});
}

async function downloadSummary(page: Page): Promise<{ name: string; summary: SessionSummary }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Samenvatting downloaden (JSON)' }).click();
	const file = await download;
	return { name: file.suggestedFilename(), summary: JSON.parse(readFileSync((await file.path())!, 'utf8')) as SessionSummary };
}

test('after the session: a summary printed to an A4 pdf with the path and the votes, and a JSON download of the same', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, '/training/in-vertrouwen/');
	await page.getByTestId('training-start').click();
	await page.getByText('Stemmen van de groep invullen').click();
	// At every decision 3 votes for the first answer and 1 for the second; the group takes the first.
	let decisions = 0;
	for (; decisions < 20 && !(await page.getByTestId('training-end').isVisible()); decisions++) {
		await expect(page.getByRole('heading', { name: `Beslissing ${decisions + 1}` })).toBeVisible();
		await voteAndChoose(page, { 1: 3, 2: 1 }, 1);
		await page.keyboard.press(' ');
		if (decisions === 0) await page.keyboard.press('a');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id)).toMatch(
			/^(narration|end-heading)$/
		);
	}
	expect(decisions).toBeGreaterThanOrEqual(3);

	const { name, summary } = await downloadSummary(page);
	const today = await page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	expect(name).toBe(`bamboe-trainingssessie-in-vertrouwen-${today}.json`);
	expect(summary).toMatchObject({ format: 'bamboe-trainingssessie', version: 1, date: today, finished: true, scoresHidden: false });
	expect(summary.scenario).toMatchObject({ id: 'in-vertrouwen', title: 'In vertrouwen' });
	expect(summary.steps).toHaveLength(decisions);
	expect(summary.steps.map((s) => [s.chosen.number, s.votes, s.choices[0]!.votes, s.choices[1]!.votes])).toEqual(
		summary.steps.map(() => [1, 4, 3, 1])
	);
	expect(summary.steps.map((s) => s.allRevealed)).toEqual(summary.steps.map((_, i) => i === 0));
	expect(summary.outcome?.texts.length).toBeGreaterThan(0);
	expect(summary.scores?.length).toBeGreaterThan(0);

	// The printed page shows the same data, and nothing else.
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('session-summary');
	await expect(printed).toBeVisible();
	await expect(page.getByTestId('training-end')).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(printed).toContainText(summary.scenario.title);
	for (const score of summary.scores!) await expect(printed).toContainText(score.name);
	if (summary.outcome?.label) await expect(printed).toContainText(summary.outcome.label);
	const steps = page.getByTestId('summary-step');
	await expect(steps).toHaveCount(summary.steps.length);
	for (const [i, step] of summary.steps.entries()) {
		await expect(steps.nth(i)).toContainText(`Beslissing ${step.number}: antwoord ${step.chosen.number} (3 van 4 stemmen)`);
		for (const choice of step.choices) await expect(steps.nth(i)).toContainText(choice.label);
		await expect(steps.nth(i)).toContainText(`Bron: ${step.chosen.source}`);
		if (step.discuss) await expect(steps.nth(i)).toContainText(step.discuss);
	}
	await page.emulateMedia({ media: null });

	// The pdf: A4, the overview and then three decisions to a page, each decision with its answer and votes.
	const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
	expect(pages).toHaveLength(1 + Math.ceil(summary.steps.length / 3));
	const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
		Math.round(Number(m[1])),
		Math.round(Number(m[2]))
	]);
	expect(sizes).toEqual(pages.map(() => [595, 842]));
	const titles = outlineTitles(pdf);
	expect(titles).toContain(summary.scenario.title);
	for (const step of summary.steps) expect(titles).toContain(`Beslissing ${step.number}: antwoord 1 (3 van 4 stemmen)`);

	// With the scores hidden, they are in neither.
	await page.getByRole('switch', { name: 'Scores verbergen' }).check();
	const hidden = await downloadSummary(page);
	expect(hidden.summary).toMatchObject({ scoresHidden: true, scores: null });
	expect(hidden.summary.steps).toEqual(summary.steps);
	await page.emulateMedia({ media: 'print' });
	await expect(printed).toContainText('De scores waren verborgen');
	await expect(printed.locator('table')).toHaveCount(0);
	// Nothing of the session was sent anywhere or kept as personal progress.
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBeNull();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no serious problems in presentation mode and in the facilitator guide (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.setViewportSize({ width: 1280, height: 720 });
		await open(page, '/training/handleiding/');
		expect(await seriousViolations(page), `guide (${colorScheme})`).toEqual([]);

		await open(page, '/training/geen-klik/');
		await page.getByTestId('presentation-on').click();
		expect(await seriousViolations(page), `presented intro (${colorScheme})`).toEqual([]);
		await page.keyboard.press('Enter');
		await page.getByText('Stemmen van de groep invullen').click();
		await voteAndChoose(page, { 1: 2, 3: 5 }, 3);
		await page.keyboard.press(' ');
		expect(await seriousViolations(page), `presented decision (${colorScheme})`).toEqual([]);
		await page.keyboard.press('a');
		await expect(page.getByTestId('alternative-feedback').first()).toBeVisible();
		expect(await seriousViolations(page), `all feedback (${colorScheme})`).toEqual([]);
		for (let i = 0; i < 20 && !(await page.getByTestId('training-end').isVisible()); i++) {
			for (const key of ['1', 'ArrowRight']) await page.keyboard.press(key);
		}
		await expect(page.getByTestId('training-end')).toBeVisible();
		expect(await seriousViolations(page), `presented end (${colorScheme})`).toEqual([]);
	});
}
