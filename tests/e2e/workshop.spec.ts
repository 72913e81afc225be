/**
 * The scenario workshop as an author and a trainer use it: the template, a mistake and its
 * message (word for word what `npm run validate` says about the same file), the map following
 * the text, jumping from the map to a line, playing a preview to an ending, drafts that survive
 * a reload without touching progress, downloads that pass validation when added to a copy of
 * the course, offline use, and axe in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { loadCourseWith } from '../course-copy';
import { formatProblem, inReportOrder } from '../../src/lib/content/problems';
import { open, seriousViolations } from './helpers';

const TEMPLATE = readFileSync('src/lib/workshop/template.yaml', 'utf8');
/** Where the template goes by default: a new module after the course's last one. */
const DRAFT_FILE = 'modules/07-eigen-casus/scenarios/eerste-gesprek.yaml';

/** What `npm run validate` says about `file` once `files` are added to a copy of the course. */
async function validateSays(files: Record<string, string>, file?: string): Promise<{ messages: string[]; errors: string[] }> {
	const ordered = inReportOrder((await loadCourseWith(files)).problems);
	return {
		messages: ordered.filter((p) => file === undefined || p.file === file).map(formatProblem),
		errors: ordered.filter((p) => p.severity === 'error').map(formatProblem)
	};
}

async function openWorkshop(page: Page) {
	await open(page, '/werkplaats/');
	await expect(page.locator('[data-workshop-ready]')).toBeVisible();
	await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten');
}

/**
 * Puts the cursor at the end of the first line of the template holding `text`, by keyboard: the
 * editor draws only the lines near the screen, so a line further down cannot be clicked.
 */
async function cursorAfter(page: Page, text: string) {
	const line = TEMPLATE.split('\n').findIndex((l) => l.includes(text)) + 1;
	expect(line).toBeGreaterThan(0);
	await page.locator('.cm-content').focus();
	await page.keyboard.press('Control+Home');
	for (let i = 0; i < 200 && (await cursorLine(page).textContent()) !== String(line); i++) await page.keyboard.press('ArrowDown');
	await expect(cursorLine(page)).toHaveText(String(line));
	await page.keyboard.press('End');
}

/** The line number the editor's cursor is on. */
function cursorLine(page: Page) {
	return page.locator('.cm-activeLineGutter').first();
}

test('a mistake in the template shows at its line in the words of npm run validate; fixed, the map follows; a node jumps to its line', async ({ page }) => {
	await openWorkshop(page);
	await page.getByRole('button', { name: 'Lijst' }).click();
	const ending = page.getByTestId('map-list').locator('[data-node="einde_belofte"]');
	await expect(ending).toHaveAttribute('data-marks', 'einde');

	// The rule after a promise now leads to the other ending: "einde_belofte" can no longer be reached.
	await cursorAfter(page, 'to: einde_belofte');
	for (let i = 0; i < 'belofte'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('samen');
	const broken = TEMPLATE.replace('to: einde_belofte', 'to: einde_samen');
	expect(broken).not.toBe(TEMPLATE);

	const expected = await validateSays({ [DRAFT_FILE]: broken }, DRAFT_FILE);
	expect(expected.messages.some((m) => m.includes('niet te bereiken'))).toBe(true);
	await expect(page.getByTestId('problem-text')).toHaveText(expected.messages);
	await expect(page.getByTestId('problem-summary')).toContainText('fout');
	await expect(ending).toHaveAttribute('data-marks', /onbereikbaar/);

	// The message's button puts the cursor on its line.
	const unreachable = page.getByTestId('problems').locator('li', { hasText: 'niet te bereiken' });
	const line = Number(await unreachable.getAttribute('data-line'));
	expect(expected.messages.find((m) => m.includes('niet te bereiken'))).toContain(`${DRAFT_FILE}:${line} `);
	await unreachable.getByRole('button', { name: `Naar regel ${line}` }).click();
	await expect(cursorLine(page)).toHaveText(String(line));
	await expect(page.locator('.cm-content')).toBeFocused();

	// Fixed again: no problems, and the map no longer marks the node.
	await cursorAfter(page, 'to: einde_belofte');
	for (let i = 0; i < 'samen'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('belofte');
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten');
	await expect(ending).toHaveAttribute('data-marks', 'einde');
	await expect(page.getByTestId('map-list').locator('[data-node="verder"] [data-edge="rule-0"]')).toContainText('→ einde_belofte');

	// Choosing a node in the list (keyboard) and in the drawing (mouse) jumps to its line.
	const lines = TEMPLATE.split('\n');
	const lineOf = (id: string) => lines.findIndex((l) => l === `  ${id}:`) + 1;
	await page.getByTestId('map-list').getByRole('button', { name: /^verder/ }).press('Enter');
	await expect(cursorLine(page)).toHaveText(String(lineOf('verder')));
	await page.getByRole('button', { name: 'Tekening' }).click();
	await page.getByTestId('map-svg').locator('[data-node="einde_belofte"]').click();
	await expect(cursorLine(page)).toHaveText(String(lineOf('einde_belofte')));
});

test('a syntax error keeps the last map, marked as such, and the message is the one npm run validate gives', async ({ page }) => {
	await openWorkshop(page);
	await cursorAfter(page, 'title: Een eerste gesprek');
	await page.keyboard.type(': en meer');
	const broken = TEMPLATE.replace('title: Een eerste gesprek', 'title: Een eerste gesprek: en meer');
	const expected = await validateSays({ [DRAFT_FILE]: broken }, DRAFT_FILE);
	await expect(page.getByTestId('problem-text')).toHaveText(expected.messages);
	await expect(page.getByTestId('map-stale')).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten');
	await expect(page.getByTestId('map-stale')).toHaveCount(0);
});

test('the preview plays to an ending from the start and from a chosen node, with feedback and a result', async ({ page }) => {
	await openWorkshop(page);
	await page.getByTestId('preview-start').click();
	const preview = page.getByTestId('preview');
	for (let step = 0; step < 10 && !(await page.getByTestId('preview-end').isVisible()); step++) {
		await page.locator('button.choice').first().click();
	}
	await expect(page.getByTestId('preview-end')).toBeFocused();
	await expect(preview.locator('.said').first()).toContainText('Bron:');
	await expect(page.locator('.chart .figure').first()).toHaveText(/^\d+ % · (sterk|op weg|nog oefenen)$/);

	await page.getByLabel('Begin bij').selectOption('vraag');
	await expect(page.getByText('beginnen alle totalen bij 0')).toBeVisible();
	await page.getByTestId('preview-start').click();
	await expect(preview).toHaveAttribute('data-node', 'vraag');
	await page.locator('button.choice').nth(1).click();
	await expect(page.getByTestId('preview-end')).toContainText('einde_belofte');
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBeNull();
});

test('the preview takes free replies as learners write them, and keeps none of their words', async ({ page }) => {
	await openWorkshop(page);
	await page.getByLabel('Of open een scenario van de cursus').selectOption('intakegesprek');
	await page.getByTestId('open-course-scenario').click();
	// The file arrives after the click; the template it replaces has no problems either.
	await expect(page.locator('.cm-content')).toContainText('start: opening');
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten', { timeout: 30_000 });
	await page.getByTestId('preview-start').click();
	const preview = page.getByTestId('preview');
	await expect(preview).toHaveAttribute('data-node', 'opening');
	await page.getByTestId('preview-reply').click();
	const words = 'Dat is ook lastig, als een ander vindt dat je moet gaan. Wat speelt er bij jou?';
	await page.getByRole('textbox', { name: /eigen woorden/ }).fill(words);
	await page.getByRole('button', { name: 'Verstuur' }).click();
	const reply = page.getByTestId('free-reply');
	await expect(reply.getByTestId('reply-moves').locator('li')).toHaveText([/^Open vraag/, /^Erkennen/]);
	// A preview keeps nothing, so it does not offer to.
	await expect(reply.getByRole('checkbox', { name: 'Bewaar mijn antwoorden' })).toHaveCount(0);
	await reply.getByTestId('reply-continue').click();
	await expect(preview).not.toHaveAttribute('data-node', 'opening');
	await expect(preview.locator('.said').first()).toContainText(`Jij, in je eigen woorden: ${words}`);
	await expect(page.getByTestId('free-reply')).toHaveCount(0);
	const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
	expect(stored).not.toContain(words);
});

test('drafts stay on the device by name, apart from progress, and a course scenario opens with its map', async ({ page }) => {
	await openWorkshop(page);
	await page.evaluate(() => localStorage.setItem('bamboe.voortgang', 'ongewijzigd'));
	await cursorAfter(page, 'title: Een eerste gesprek');
	await page.keyboard.type(' over slapen');
	await expect(page.getByTestId('drafts')).toContainText('Nieuw scenario');

	await page.reload();
	await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.cm-content')).toContainText('title: Een eerste gesprek over slapen');
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBe('ongewijzigd');
	const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('bamboe.werkplaats.concepten')))!) as { drafts: { name: string; text: string }[] };
	expect(stored.drafts.map((d) => d.name)).toEqual(['Nieuw scenario']);

	// A trainer opens a course scenario to see its map and totals.
	await page.getByLabel('Of open een scenario van de cursus').selectOption('intakegesprek');
	await page.getByTestId('open-course-scenario').click();
	// Only the opened file has these (the template it replaces has no problems and a map too).
	await expect(page.locator('.cm-content')).toContainText('title: Het intakegesprek');
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten', { timeout: 30_000 });
	await expect(page.getByTestId('map-svg').locator('g.node.start[data-node="opening"]')).toHaveCount(1);
	await expect(page.getByTestId('map-totals').locator('tbody tr')).not.toHaveCount(0);
	await expect(page.getByTestId('map-svg').locator('g.node').first()).toBeVisible();

	// Removing asks first.
	await page.getByRole('button', { name: 'Verwijder Nieuw scenario' }).click();
	await page.getByRole('button', { name: 'Ja, verwijder' }).click();
	await expect(page.getByTestId('drafts')).toHaveCount(0);
});

test('downloads: the module zip and the .yaml pass npm run validate when added to the course', async ({ page }) => {
	await openWorkshop(page);
	const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-module').click()]);
	expect(zip.suggestedFilename()).toBe('07-eigen-casus.zip');
	const files = Object.fromEntries(
		Object.entries(unzipSync(readFileSync(await zip.path()))).map(([path, bytes]) => [`modules/${path}`, strFromU8(bytes)])
	);
	expect(Object.keys(files).sort()).toEqual(['modules/07-eigen-casus/lessons/01-inleiding.md', 'modules/07-eigen-casus/module.md', DRAFT_FILE]);
	expect(files[DRAFT_FILE]).toBe(TEMPLATE);
	expect((await validateSays(files)).errors).toEqual([]);

	// The same scenario for an existing module: the file alone, put into that module's scenarios/.
	await page.getByLabel('Waar hoort het scenario?').selectOption({ index: 0 });
	const folder = await page.getByLabel('Waar hoort het scenario?').inputValue();
	await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten');
	const [yaml] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-yaml').click()]);
	expect(yaml.suggestedFilename()).toBe('eerste-gesprek.yaml');
	const text = readFileSync(await yaml.path(), 'utf8');
	expect(text).toBe(TEMPLATE);
	expect((await validateSays({ [`modules/${folder}/scenarios/eerste-gesprek.yaml`]: text })).errors).toEqual([]);
});

test('after one visit the workshop works offline, check included', async ({ page, context }) => {
	await openWorkshop(page);
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await context.setOffline(true);
	try {
		await page.reload();
		await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
		await expect(page.getByTestId('problem-summary')).toContainText('Geen fouten');
		await cursorAfter(page, 'title: Een eerste gesprek');
		await page.keyboard.type(': x');
		await expect(page.getByTestId('problem-summary')).toContainText('fout');
		await page.getByLabel('Of open een scenario van de cursus').selectOption('geen-klik');
		await page.getByTestId('open-course-scenario').click();
		await expect(page.locator('.cm-content')).toContainText('title: Geen klik');
	} finally {
		await context.setOffline(false);
	}
});

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds nothing serious on the workshop (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openWorkshop(page);
		await page.getByTestId('preview-start').click();
		await page.locator('button.choice').first().click();
		expect(await seriousViolations(page), 'template, drawing, preview').toEqual([]);
		await cursorAfter(page, 'next: vraag');
		await page.keyboard.type('x');
		await expect(page.getByTestId('problem-summary')).toContainText('fout');
		await page.getByRole('button', { name: 'Lijst' }).click();
		expect(await seriousViolations(page), 'problems, list').toEqual([]);
	});
}
