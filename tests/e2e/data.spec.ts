import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { forbidOtherOrigins, open, seedStorage, seriousViolations } from './helpers';
import { completeProgress, readOutline, readScenarioBest, type OutlineModule } from './outline';

let modules: OutlineModule[];
let best: Record<string, Record<string, number>>;

test.beforeAll(async ({ browser }) => {
	modules = await readOutline(browser);
	best = await readScenarioBest();
});

/** The file input, by its Dutch button. */
const fileInput = (page: Page) => page.getByLabel('Kies een voortgangsbestand (.json)');

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('bamboe.voortgang'));


test('progress exported in one browser is restored by importing it in another, once', async ({ browser }, testInfo) => {
	const progress = completeProgress(modules, best);
	const first = await browser.newContext();
	const page = await first.newPage();
	const foreign = forbidOtherOrigins(page);
	await seedStorage(page, { 'bamboe.voortgang': JSON.stringify(progress), 'bamboe.certificaat-naam': 'Anna de Vries' });
	await open(page, '/resultaten/');
	const rows = page.getByTestId('module-overview').locator('tbody tr');
	await expect(rows).toHaveCount(modules.length);
	for (let i = 0; i < modules.length; i++) await expect(rows.nth(i)).toContainText('Afgerond');
	await expect(page.getByTestId('certificate-link').getByRole('link', { name: 'Maak je certificaat' })).toBeVisible();
	expect(await seriousViolations(page), '/resultaten/ complete').toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download je voortgang' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^bamboe-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByText(`Je voortgang is opgeslagen als ${download.suggestedFilename()}`)).toBeVisible();
	// Kept outside the context: its downloads are deleted when it closes.
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	const text = await readFile(file, 'utf8');
	const exported = JSON.parse(text);
	expect(exported).toMatchObject({ format: 'bamboe-voortgang', version: 1, progress });
	expect(exported.progress.version).toBe(2);
	expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
	// The name for the certificate stays on the device.
	expect(text).not.toContain('Anna');
	expect(foreign).toEqual([]);
	await first.close();

	const second = await browser.newContext();
	const fresh = await second.newPage();
	await open(fresh, '/resultaten/');
	await expect(fresh.getByTestId('module-overview').locator('tbody tr').first()).toContainText('nog niet');
	await fileInput(fresh).setInputFiles(file);
	const preview = fresh.getByTestId('import-preview');
	const lessons = modules.reduce((n, m) => n + m.lessons.length, 0);
	const answers = modules.reduce((n, m) => n + m.questionCount, 0);
	const attempts = modules.reduce((n, m) => n + m.scenarioIds.length, 0);
	await expect(preview).toHaveText(
		`Dit bestand voegt toe wat je nog niet had: ${lessons} lessen, ${answers} toetsantwoorden en ${attempts} scenariopogingen.`
	);
	await expect(fresh.getByRole('heading', { name: 'Wat het bestand toevoegt' })).toBeFocused();
	// Nothing changes before the learner confirms.
	expect(await stored(fresh)).toBeNull();
	expect(await seriousViolations(fresh), '/resultaten/ import preview').toEqual([]);
	await fresh.getByRole('button', { name: 'Ja, voeg toe' }).click();
	await expect(fresh.getByTestId('import-status')).toHaveText('De voortgang uit het bestand is toegevoegd aan wat je al had.');
	await expect(fresh.getByTestId('import-status')).toBeFocused();
	expect(JSON.parse((await stored(fresh))!)).toEqual(progress);
	await expect(fresh.getByTestId('module-overview').locator('tbody tr').last()).toContainText('Afgerond');

	await fresh.reload();
	await expect(fresh.getByTestId('certificate-link')).toContainText('Je hebt alle modules afgerond.');
	await expect(fresh.getByRole('link', { name: /Opnieuw spelen/ }).first()).toBeVisible();

	// The same file again adds nothing and changes nothing.
	const before = await stored(fresh);
	await open(fresh, '/resultaten/');
	await fileInput(fresh).setInputFiles(file);
	await expect(preview).toHaveText('Dit bestand voegt niets toe: alles wat erin staat, heb je al.');
	await expect(fresh.getByRole('button', { name: 'Ja, voeg toe' })).toHaveCount(0);
	await fresh.getByRole('button', { name: 'Terug' }).click();
	expect(await stored(fresh)).toBe(before);
	await second.close();
});

test('an import adds to what is there without replacing an answer already given', async ({ page }) => {
	const module = modules.find((m) => m.questionCount > 0)!;
	const myAnswer = { chosen: [1], correct: false, at: '2026-03-01T08:00:00.000Z' };
	// Stored by version 1 of the course: it is read, and kept, as it was.
	const mine = { version: 1, lessons: {}, quizzes: { [module.id]: { 0: myAnswer } }, scenarios: {} };
	await seedStorage(page, { 'bamboe.voortgang': JSON.stringify(mine) });
	await open(page, '/resultaten/');
	const theirs = completeProgress([module], best);
	const file = { format: 'bamboe-voortgang', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', progress: theirs };
	await fileInput(page).setInputFiles({
		name: 'voortgang.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(page.getByTestId('import-preview')).toContainText(`${module.questionCount - 1} toetsantwoorden`);
	await page.getByRole('button', { name: 'Ja, voeg toe' }).click();
	await expect(page.getByTestId('import-status')).toContainText('toegevoegd');
	const merged = JSON.parse((await stored(page))!);
	expect(merged.quizzes[module.id].answers['0']).toEqual(myAnswer);
	expect(Object.keys(merged.quizzes[module.id].answers)).toHaveLength(module.questionCount);
	expect(Object.keys(merged.lessons)).toHaveLength(module.lessons.length);
});

test('corrupt, foreign, future and oversized files are refused with a message and change nothing', async ({ page }) => {
	const module = modules[0]!;
	const mine = JSON.stringify({
		version: 1,
		lessons: { [`${module.id}/${module.lessons[0]!.id}`]: { readAt: '2026-03-01T08:00:00.000Z' } },
		quizzes: {},
		scenarios: {}
	});
	await seedStorage(page, { 'bamboe.voortgang': mine });
	await open(page, '/resultaten/');
	const input = fileInput(page);
	const status = page.getByTestId('import-status');
	const valid = { format: 'bamboe-voortgang', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', progress: completeProgress(modules, best) };
	const cases: [string, string | Buffer, string][] = [
		['kapot.json', '{"format": "bamboe-voortgang", "version": 1, "progress": {', 'Dit bestand is beschadigd, of het is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.'],
		['ander.json', JSON.stringify({ name: 'iets anders', version: 1 }), 'Dit bestand is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.'],
		['nieuw.json', JSON.stringify({ ...valid, version: 2 }), 'Dit bestand komt uit een nieuwere versie van de cursus. Deze versie kan het niet lezen. Er is niets veranderd.'],
		['aangepast.json', JSON.stringify({ ...valid, progress: { ...valid.progress, version: 'een' } }), 'Dit voortgangsbestand is onvolledig of aangepast, en kan daarom niet ingelezen worden. Er is niets veranderd.'],
		// Valid JSON with our marker, padded past 1 MB: refused on its size alone.
		['groot.json', Buffer.from(JSON.stringify({ ...valid, padding: 'x'.repeat(1024 * 1024) })), 'Dit bestand is te groot (meer dan 1 MB) om een Bamboe-voortgangsbestand te zijn. Er is niets veranderd.']
	];
	for (const [name, content, message] of cases) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
		await expect(status, name).toHaveText(message);
		await expect(status).toBeFocused();
		await expect(page.getByTestId('import-preview')).toHaveCount(0);
		expect(await stored(page), name).toBe(mine);
	}
	expect(await seriousViolations(page), '/resultaten/ refused import').toEqual([]);
	await page.reload();
	expect(await stored(page)).toBe(mine);
	await expect(page.getByTestId('module-overview').locator('tbody tr').first()).toContainText(`1 van ${module.lessons.length}`);
});

test('reset deletes all progress and the name, only after confirmation', async ({ page }) => {
	await seedStorage(page, { 'bamboe.voortgang': JSON.stringify(completeProgress(modules, best)), 'bamboe.certificaat-naam': 'Anna de Vries' });
	await open(page, '/resultaten/');
	await page.getByRole('button', { name: 'Wis al je voortgang' }).click();
	await expect(page.locator('#reset-question')).toBeFocused();
	await expect(page.locator('#reset-question')).toHaveText('Weet je het zeker? Dit kun je niet ongedaan maken.');
	expect(await seriousViolations(page), '/resultaten/ reset question').toEqual([]);
	await page.getByRole('button', { name: 'Nee, niets wissen' }).click();
	await expect(page.getByRole('button', { name: 'Wis al je voortgang' })).toBeFocused();
	expect(await stored(page)).not.toBeNull();

	await page.getByRole('button', { name: 'Wis al je voortgang' }).click();
	await page.getByRole('button', { name: 'Ja, wis alles' }).click();
	await expect(page.getByTestId('reset-status')).toHaveText('Al je voortgang is gewist van dit apparaat. Je kunt opnieuw beginnen.');
	await expect(page.getByTestId('reset-status')).toBeFocused();
	expect(await stored(page)).toBeNull();
	expect(await page.evaluate(() => localStorage.getItem('bamboe.certificaat-naam'))).toBeNull();
	await expect(page.getByTestId('module-overview').locator('tbody tr').first()).toContainText('0 van');
	await expect(page.getByText('Nog geen scenario gespeeld.', { exact: true })).toBeVisible();

	await page.reload();
	await expect(page.getByTestId('module-overview').locator('tbody tr').first()).toContainText('nog niet');
	expect(await stored(page)).toBeNull();
});

test('an empty results page passes axe and offers the data controls by keyboard', async ({ page }) => {
	await open(page, '/resultaten/');
	await expect(page.getByTestId('certificate-link')).toContainText('Wat nog ontbreekt');
	expect(await seriousViolations(page), '/resultaten/ empty').toEqual([]);
	await page.getByRole('button', { name: 'Download je voortgang' }).focus();
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const text = await readFile((await download.path())!, 'utf8');
	expect(JSON.parse(text).progress).toEqual({ version: 2, lessons: {}, skippedLessons: {}, quizzes: {}, scenarios: {}, inProgress: {}, skippedScenarios: {}, reflections: {} });
});

test('while stored progress is unreadable, an import is refused and the stored data is kept', async ({ page }) => {
	const broken = '{"version": 1, "lessons": ';
	await seedStorage(page, { 'bamboe.voortgang': broken });
	await open(page, '/resultaten/');
	await page.getByRole('button', { name: 'Laten staan' }).click();
	const file = { format: 'bamboe-voortgang', version: 1, exportedAt: '2026-03-05T08:00:00.000Z', progress: completeProgress(modules, best) };
	await fileInput(page).setInputFiles({
		name: 'voortgang.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(page.getByTestId('import-status')).toHaveText(
		'Je opgeslagen voortgang kan nu niet gelezen worden. Inlezen zou die overschrijven; daarom kan het pas als je eerst een keuze hebt gemaakt in de melding bovenaan de pagina. Er is niets veranderd.'
	);
	expect(await stored(page)).toBe(broken);
});
