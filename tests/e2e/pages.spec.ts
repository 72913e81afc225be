/**
 * Every page of the built course, found by following its links from the home page (as a
 * learner could), checked on a phone (layout, header, title, axe) and for its links into the
 * report.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { open, ready, seriousViolations } from './helpers';

/** The course's own pages, reached by links from `/` (without query or anchor). */
async function sitePages(request: APIRequestContext): Promise<Map<string, string>> {
	const pages = new Map<string, string>();
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		if (pages.has(path)) continue;
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		pages.set(path, html);
		// Links are relative to the page in the built HTML (the course may live in any folder).
		for (const [, href] of html.matchAll(/href="([^"#?]*)/g)) {
			const target = new URL(href!, `http://course${path}`);
			if (target.host !== 'course' || !target.pathname.endsWith('/') || target.pathname.startsWith('/_app/')) continue;
			if (!pages.has(target.pathname)) queue.push(target.pathname);
		}
	}
	return pages;
}

test.describe('on a phone (390 × 844, touch)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('no page scrolls sideways, the header stays small, no page title says Bamboe twice, and axe finds nothing serious', async ({ page, request }) => {
		test.setTimeout(400_000);
		const pages = [...(await sitePages(request)).keys()];
		expect(pages.length).toBeGreaterThan(60);
		expect(pages).toContain('/rapport/');
		for (const path of pages) {
			await open(page, path);
			const { scrollWidth, innerWidth, header } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth,
				header: document.querySelector('.site-header')!.getBoundingClientRect().height
			}));
			// A phone widens its layout when something is too wide, so the width must still be 390.
			expect(innerWidth, path).toBe(390);
			expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
			expect(header, `${path}: header at most an eighth of the screen`).toBeLessThanOrEqual(844 / 8);
			const title = await page.title();
			expect(title.match(/Bamboe/g), `${path}: "${title}"`).toHaveLength(1);
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});

	test('a wide table scrolls inside its own labelled region', async ({ page }) => {
		// The treatment overview: a table of four columns, too wide for a phone.
		await open(page, '/behandelingen/eerlijk-kiezen/');
		const region = page.getByRole('region', { name: /^Tabel: / });
		await expect(region).toHaveAttribute('tabindex', '0');
		await expect(region.locator('table')).toBeVisible();
	});

	test('no keyboard shortcut is advertised on a touch screen', async ({ page }) => {
		await open(page, '/');
		await page.getByText('Menu', { exact: true }).click();
		await expect(page.getByRole('searchbox', { name: 'Zoeken in de cursus' })).toBeVisible();
		await expect(page.locator('.site-header .shortcut:visible')).toHaveCount(0);
	});

	test('after a tap, no choice looks chosen: all offered choices look the same', async ({ page }) => {
		await open(page, '/de-therapeutische-relatie/scenario/intakegesprek/');
		await page.getByRole('button', { name: 'Begin het gesprek' }).tap();
		const choices = page.locator('button.choice');
		await expect(choices.first()).toBeVisible();
		// Tap where the choices are, so the finger's last point is over one of the next choices.
		for (let step = 0; step < 2; step++) {
			const box = (await choices.first().boundingBox())!;
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
			await expect(page.locator('.said')).toHaveCount(step + 1);
			const looks = await choices.evaluateAll((buttons) =>
				buttons.map((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderColor}`)
			);
			expect(looks.length).toBeGreaterThan(1);
			expect(new Set(looks).size, looks.join(' | ')).toBe(1);
		}
	});
});

test('the keyboard shortcut is shown where there is a keyboard and a mouse', async ({ page }) => {
	await open(page, '/');
	await expect(page.locator('.site-header .shortcut:visible')).toHaveCount(1);
});

test('every link to the report page points at an entry that is there', async ({ request }) => {
	test.setTimeout(120_000);
	const pages = await sitePages(request);
	const report = pages.get('/rapport/')!;
	const ids = new Set([...report.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
	const anchors = new Map<string, string>();
	for (const [path, html] of pages) {
		for (const [, href] of html.matchAll(/href="([^"]*#[^"]+)"/g)) {
			const target = new URL(href!, `http://course${path}`);
			if (target.pathname === '/rapport/') anchors.set(decodeURIComponent(target.hash.slice(1)), path);
		}
	}
	expect(anchors.size, 'distinct parts of the report linked from the course').toBeGreaterThan(40);
	const missing = [...anchors].filter(([anchor]) => !ids.has(anchor)).map(([anchor, path]) => `${path} → #${anchor}`);
	expect(missing).toEqual([]);
});

test('an address that is no page shows the course’s own page, with search, the course and Pauze', async ({ page }) => {
	await page.goto('/bestaat-niet/');
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	await expect(page).toHaveTitle('Pagina niet gevonden — Bamboe');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('main').getByRole('link', { name: 'Naar de cursus' })).toHaveAttribute('href', '/');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Pauze', exact: true })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	const search = page.getByRole('main').getByRole('searchbox', { name: 'Zoek in de cursus' });
	await search.fill('schematherapie');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/zoeken\/\?q=schematherapie$/);
	await ready(page);
	await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();

	// Deeper addresses too (they look like a lesson of a module).
	await page.goto('/wat-is-kindermishandeling/bestaat-niet/');
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});
