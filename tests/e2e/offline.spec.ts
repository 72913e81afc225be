import { expect, test } from '@playwright/test';
import { follow, open, ready, seriousViolations } from './helpers';

test('after one visit the course works offline: home, a lesson, a scenario and search', async ({ page, context }) => {
	await open(page, '/');
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(page.getByTestId('offline-status')).toContainText('zonder internet');
	await page.evaluate(() => navigator.serviceWorker.ready);

	await context.setOffline(true);
	try {
		await page.reload();
		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1, name: 'Bamboe' })).toBeVisible();

		// A lesson, reached by a link (client-side) and by a fresh load.
		await follow(page, () => page.locator('.modules li').first().getByRole('link').first().click());
		await follow(page, () => page.locator('ol.items a').first().click());
		await expect(page.locator('article.lesson-body')).toContainText(/\w+/);
		await open(page, '/late-gevolgen/relaties/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		await open(page, '/de-therapeutische-relatie/scenario/intakegesprek/');
		await page.getByRole('button', { name: 'Begin het gesprek' }).click();
		await page.locator('button.choice').first().click();
		await expect(page.locator('.said').first()).toBeVisible();

		await open(page, '/zoeken/?q=schematherapie');
		await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('the status never claims offline use while course files are missing, and fetches them again', async ({ page, context }) => {
	// Every state the indicator shows, in order, on every page load.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { offlineStates: string[] }).offlineStates = seen;
		new MutationObserver(() => {
			const state = document.querySelector('[data-testid="offline-status"]')?.getAttribute('data-state');
			if (state && seen.at(-1) !== state) seen.push(state);
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	const status = page.getByTestId('offline-status');
	await open(page, '/');
	await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });

	// The browser clears the cache (storage pressure, "clear site data"); one file cannot be fetched again.
	await context.route('**/zoekindex.json', (route) => route.abort());
	await page.evaluate(async () => {
		for (const key of await caches.keys()) await caches.delete(key);
	});
	await page.reload();
	await ready(page);
	await expect(status).toHaveAttribute('data-state', 'incomplete', { timeout: 30_000 });
	await expect(status).toContainText('niet offline bewaard');
	const states = await page.evaluate(() => (window as unknown as { offlineStates: string[] }).offlineStates);
	expect(states).not.toContain('ready');
	expect(states).toContain('repairing');

	// With the connection back, the next visit fetches the rest and only then says ready.
	await context.unroute('**/zoekindex.json');
	await page.reload();
	await ready(page);
	await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await context.setOffline(true);
	try {
		await open(page, '/zoeken/?q=schematherapie');
		await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('offline, an address that is no page shows the course’s own page, not a blank error', async ({ page, context }) => {
	await open(page, '/');
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.evaluate(() => navigator.serviceWorker.ready);

	await context.setOffline(true);
	try {
		for (const path of ['/bestaat-niet/', '/wat-is-kindermishandeling/bestaat-niet/']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await ready(page);
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Deze pagina bestaat niet');
			await expect(page.getByRole('main').getByRole('searchbox', { name: 'Zoek in de cursus' })).toBeVisible();
			await expect(page.getByRole('banner').getByRole('link', { name: 'Pauze', exact: true })).toBeVisible();
		}
		// A link to a page that does not exist, followed inside the course.
		await open(page, '/');
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/ook-niet/';
			link.textContent = 'oude link';
			document.querySelector('main')!.append(link);
		});
		await page.getByRole('link', { name: 'oude link' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	} finally {
		await context.setOffline(false);
	}
});

test('the offline copy is fetched past the browser’s HTTP cache, so a new version never stores old pages', async ({ page, context }) => {
	const precache: Promise<[string, string | undefined]>[] = [];
	context.on('request', (request) => {
		if (request.serviceWorker()) precache.push(request.allHeaders().then((headers) => [new URL(request.url()).pathname, headers['cache-control']]));
	});
	await open(page, '/');
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const requests = new Map(await Promise.all(precache));
	for (const path of ['/', '/late-gevolgen/relaties/', '/zoekindex.json']) {
		expect(requests.get(path), path).toBe('no-cache');
	}
});

test.describe('with service workers blocked (some browsers, some company policies)', () => {
	test.use({ serviceWorkers: 'block' });

	test('pages work without errors and say the course cannot be kept offline', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await open(page, '/');
		await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /failed|unsupported/);
		await open(page, '/late-gevolgen/relaties/');
		expect(errors).toEqual([]);
	});

	test('a part of the page whose code does not arrive says so, and loading the page again brings it', async ({ page }) => {
		await open(page, '/de-therapeutische-relatie/scenario/intakegesprek/');
		await page.getByRole('button', { name: 'Begin het gesprek' }).click();
		await expect(page.locator('button.choice').first()).toBeVisible();
		// From here on no script arrives: the result's code is asked for at the end.
		await page.route('**/_app/immutable/**', (route) => route.abort());
		for (let step = 0; step < 40; step++) {
			if (await page.getByRole('heading', { name: 'Einde van het gesprek' }).isVisible()) break;
			await page.locator('button.choice').first().click();
		}
		// The result, the list of earlier attempts and the next step each say so where they would be.
		const notices = page.getByTestId('load-failed');
		await expect(notices).toHaveCount(3);
		await expect(notices.first()).toContainText('kon niet worden geladen');
		expect(await seriousViolations(page)).toEqual([]);

		// Trying again loads the page again: the attempt was saved before its result was shown.
		await page.unroute('**/_app/immutable/**');
		await notices.first().getByRole('button', { name: 'Pagina opnieuw laden' }).click();
		await ready(page);
		await expect(page.getByRole('region', { name: 'Je resultaten in dit scenario' })).toContainText(/\d+ %/);
		await expect(notices).toHaveCount(0);
	});
});
