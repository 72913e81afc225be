import { expect, test } from '@playwright/test';
import { follow, forbidOtherOrigins, open, seed, seriousViolations } from './helpers';
import { completeProgress, readOutline, readRubric, readScenarioBest, type OutlineModule } from './outline';

let modules: OutlineModule[];
let best: Record<string, Record<string, number>>;
const rubric = readRubric();

test.beforeAll(async ({ browser }) => {
	modules = await readOutline(browser);
	best = await readScenarioBest();
	expect(modules.length).toBeGreaterThan(1);
	expect(modules.every((m) => m.lessons.length > 0)).toBe(true);
});

/** The /Title of a PDF, whether Chromium wrote it as plain text or as UTF-16 hex. */
function pdfTitle(pdf: Buffer): string {
	const text = pdf.toString('latin1');
	const hex = /\/Title\s*<([0-9A-Fa-f\s]+)>/.exec(text);
	if (hex) {
		const bytes = Buffer.from(hex[1]!.replace(/\s/g, ''), 'hex');
		if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
		return bytes.toString('latin1');
	}
	const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text);
	if (!literal) throw new Error('De pdf heeft geen /Title');
	return literal[1]!.replace(/\\([()\\])/g, '$1');
}

test('the certificate appears only once everything is complete, and prints to an A4 pdf with the name', async ({ page }) => {
	const foreign = forbidOtherOrigins(page);
	const lastModule = modules.at(-1)!;
	const missingLesson = lastModule.lessons.at(-1)!;
	await seed(page, completeProgress(modules, best, `${lastModule.id}/${missingLesson.id}`));

	// One lesson missing: no certificate, and the page names what is missing with a link to it.
	await open(page, '/certificaat/');
	const missing = page.getByTestId('certificate-missing');
	await expect(missing).toBeVisible();
	await expect(missing).toContainText(`Je hebt ${modules.length - 1} van de ${modules.length} modules afgerond.`);
	await expect(missing).toContainText('Nog 1 les lezen.');
	await expect(page.getByTestId('certificate')).toHaveCount(0);
	await expect(page.getByLabel('Je naam')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toHaveCount(0);
	expect(await seriousViolations(page), '/certificaat/ incomplete').toEqual([]);

	// The results page says the same and links to the certificate page.
	await open(page, '/resultaten/');
	const certificateSection = page.getByTestId('certificate-link');
	await expect(certificateSection).toContainText('komt beschikbaar als je alle modules hebt afgerond');
	await expect(certificateSection).toContainText(`${lastModule.title}: Nog 1 les lezen.`);
	await expect(page.getByTestId('module-overview').locator('tbody tr')).toHaveCount(modules.length);

	// Follow the link to the missing lesson and read it to the end.
	await follow(page, () => certificateSection.getByRole('link', { name: 'certificaat' }).click());
	await follow(page, () => page.getByRole('link', { name: `Les lezen: ${missingLesson.title}` }).click());
	expect(new URL(page.url()).pathname).toBe(`/${lastModule.id}/${missingLesson.id}/`);
	await page.locator('.read-state').scrollIntoViewIfNeeded();
	await expect(page.getByText('Deze les staat in je voortgang.')).toBeVisible();

	await open(page, '/certificaat/');
	await expect(page.getByTestId('certificate-missing')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Je hebt alles afgerond' })).toBeVisible();
	await expect(page.getByTestId('certificate')).toHaveCount(0);
	expect(await seriousViolations(page), '/certificaat/ complete, no name yet').toEqual([]);

	const name = 'Anna de Vries';
	await page.getByLabel('Je naam').fill(name);
	const certificate = page.getByTestId('certificate');
	await expect(certificate).toBeVisible();
	await expect(page.getByTestId('certificate-name')).toHaveText(name);
	for (const module of modules) await expect(certificate).toContainText(module.title);
	await expect(certificate).toContainText('Totaal');
	// Completion is the day the last requirement was met: today, when the last lesson was read.
	const expectedDate = await page.evaluate(() => new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' }));
	await expect(certificate).toContainText(`afgerond op ${expectedDate}`);
	await expect(certificate).toContainText(rubric[0]!.name);
	await expect(certificate).toContainText('100 % · sterk');
	// Every quiz with its best score.
	for (const module of modules.filter((m) => m.questionCount > 0)) {
		await expect(certificate.locator('tr', { hasText: module.title })).toContainText(`${module.questionCount} van ${module.questionCount} goed`);
	}
	await expect(certificate).toContainText('geen geaccrediteerde nascholing');
	await expect(certificate).toContainText('Niemand heeft de deelnemer beoordeeld');
	await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeVisible();
	await expect(page).toHaveTitle(`Certificaat ${name} — Bamboe`);
	expect(await page.evaluate(() => localStorage.getItem('bamboe.certificaat-naam'))).toBe(name);
	expect(await seriousViolations(page), '/certificaat/ with certificate').toEqual([]);

	// Printing hides everything but the certificate.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
	await expect(page.getByLabel('Je naam')).toBeHidden();
	await expect(certificate).toBeVisible();
	// Back to no emulation: a pdf made while 'screen' is emulated would use the screen styles.
	await page.emulateMedia({ media: null });

	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfTitle(pdf)).toContain(name);
	// One A4 page: 595 × 842 points.
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
	expect(pages.length).toBe(1);
	const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
		Math.round(Number(m[1])),
		Math.round(Number(m[2]))
	]);
	expect(sizes).toEqual(pages.map(() => [595, 842]));

	// The name stays on this device for the next visit.
	await page.reload();
	await expect(page.getByLabel('Je naam')).toHaveValue(name);
	await expect(page.getByTestId('certificate-name')).toHaveText(name);
	expect(foreign).toEqual([]);
});

test('a name that looks like markup is shown as text', async ({ page }) => {
	await seed(page, completeProgress(modules, best));
	await open(page, '/certificaat/');
	const name = '<b>Jan</b> & <i>Piet</i>';
	await page.getByLabel('Je naam').fill(name);
	await expect(page.getByTestId('certificate-name')).toHaveText(name);
	await expect(page.getByTestId('certificate').locator('b, i')).toHaveCount(0);

	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), '/certificaat/ in dark mode').toEqual([]);
});
