import { expect, test } from '@playwright/test';
import { follow, open } from './helpers';
import { completeProgress, readOutline, readScenarioBest, type OutlineModule } from './outline';

const scenarioPath = '/de-therapeutische-relatie/scenario/intakegesprek/';

test('after a lesson the home page offers the next one, with the course progress', async ({ page }) => {
	await open(page, '/');
	const resume = page.getByTestId('resume');
	await expect(resume.getByRole('heading')).toHaveText('Begin met de cursus');
	const first = (await page.getByTestId('resume-link').getAttribute('href'))!;
	await expect(page.getByTestId('course-progress')).toHaveCount(0);

	await follow(page, () => page.getByTestId('resume-link').click());
	expect(new URL(page.url()).pathname).toBe(first);
	await page.getByTestId('read-toggle').click();
	const second = (await page.getByTestId('next-step').getAttribute('href'))!;

	await follow(page, () => page.getByRole('banner').getByRole('link', { name: 'Bamboe' }).click());
	await expect(resume.getByRole('heading')).toHaveText('Ga verder waar je was');
	await expect(page.getByTestId('resume-link')).toHaveAttribute('href', second);
	await expect(page.getByTestId('resume-link')).toHaveText(/^Les 2: /);
	await expect(page.getByTestId('course-progress')).toHaveText(/^\s*1 van de \d+ onderdelen af/);

	// The module page says the same, in its own words.
	const module = `/${first.split('/')[1]}/`;
	await open(page, module);
	await expect(page.getByTestId('module-action')).toHaveText('Ga verder met les 2');
	await expect(page.getByTestId('module-action')).toHaveAttribute('href', second);
});

test('a conversation left halfway is where the home page sends the learner back to', async ({ page }) => {
	await open(page, scenarioPath);
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	await page.locator('button.choice').first().click();
	await expect(page.locator('.said').first()).toBeVisible();
	// Something else after it: the conversation still comes first.
	await open(page, '/wat-is-kindermishandeling/definitie/');
	await page.getByTestId('read-toggle').click();

	await open(page, '/');
	await expect(page.getByTestId('resume')).toContainText('Je was midden in een gesprek');
	await expect(page.getByTestId('resume-link')).toHaveAttribute('href', scenarioPath);
	await expect(page.getByTestId('resume-link')).toHaveText('Scenario: Het intakegesprek');
	await follow(page, () => page.getByTestId('resume-link').click());
	await expect(page.getByTestId('resume')).toBeVisible();
	await page.getByTestId('scenario-resume').click();
	await expect(page.locator('.said')).toHaveCount(1);
});

/** The pages the "Volgende" steps should lead through, from the first lesson to the certificate. */
function expectedChain(modules: OutlineModule[]): string[] {
	return [
		...modules.flatMap((module, i) => [
			...(i === 0 ? [] : [`/${module.id}/`]),
			...module.lessons.map((lesson) => `/${module.id}/${lesson.id}/`),
			...(module.questionCount ? [`/${module.id}/toets/`] : []),
			...module.scenarioIds.map((id) => `/${module.id}/scenario/${id}/`)
		]),
		'/certificaat/'
	];
}

test('"Volgende" leads from the first lesson through every quiz and scenario and every module to the certificate', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const modules = await readOutline(browser);
	// Quizzes done and scenarios played, so their pages show their way on; no lesson read yet.
	const progress = { ...completeProgress(modules, await readScenarioBest()), lessons: {} };
	await open(page, '/over/');
	await page.evaluate((p) => localStorage.setItem('bamboe.voortgang', JSON.stringify(p)), progress);

	const expected = expectedChain(modules);
	await open(page, expected[0]!);
	const visited = [expected[0]!];
	while (!page.url().endsWith('/certificaat/')) {
		const onModulePage = /^\/[^/]+\/$/.test(new URL(page.url()).pathname);
		// A module page is entered through its one clear action; everything else has "Volgende".
		const step = onModulePage ? page.getByTestId('module-action') : page.getByTestId('next-step');
		await expect(step).toHaveCount(1);
		await follow(page, () => step.click());
		visited.push(new URL(page.url()).pathname);
		expect(visited.length, 'the chain ends').toBeLessThanOrEqual(expected.length);
	}
	expect(visited).toEqual(expected);
});

test('the current section is marked in the main menu', async ({ page }) => {
	for (const [path, current] of [
		['/wat-is-kindermishandeling/vormen/', 'Cursus'],
		['/begrippen/', 'Begrippen'],
		['/certificaat/', 'Resultaten'],
		['/rapport/', 'Over']
	] as const) {
		await open(page, path);
		const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await expect(menu.locator('a[aria-current="page"]'), path).toHaveText(current);
	}
});

test('home and certificate give the same study time, and the complete course points to the certificate', async ({ page, browser }) => {
	const modules = await readOutline(browser);
	await open(page, '/over/');
	await page.evaluate((p) => {
		localStorage.setItem('bamboe.voortgang', JSON.stringify(p));
		localStorage.setItem('bamboe.certificaat-naam', 'Anna de Vries');
	}, completeProgress(modules, await readScenarioBest()));

	await open(page, '/');
	const time = /samen ongeveer (.+) studietijd/.exec((await page.locator('.hero').textContent()) ?? '')?.[1];
	expect(time).toMatch(/^\d+ uur/);
	await expect(page.getByTestId('resume').getByRole('heading')).toHaveText('Je hebt de cursus afgerond');
	await expect(page.getByTestId('course-progress')).toContainText('(100 %)');
	await follow(page, () => page.getByTestId('resume-link').click());
	expect(new URL(page.url()).pathname).toBe('/certificaat/');
	await expect(page.getByRole('row', { name: /Totaal/ })).toContainText(time!);
});
