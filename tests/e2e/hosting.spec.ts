/**
 * The course served as a host configured with static/_headers serves it: the pages still work
 * under the header policy, the header agrees with each page's own policy, and no other site can
 * frame the course.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostHeaders, parsePolicy } from '../hosting-headers';
import { open } from './helpers';

const headers = hostHeaders();

/** Serves every response of the course with the host's headers added. */
async function serveWithHostHeaders(page: Page) {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
	});
}

test.use({ serviceWorkers: 'block' });
// A page may still be fetching when a test ends (the search index on /zoeken/ is large): such a
// request is let go, not reported as an error of the run.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

test('pages work under the header policy, which agrees with each page’s own policy', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await serveWithHostHeaders(page);
	for (const path of ['/', '/late-gevolgen/relaties/', '/de-therapeutische-relatie/scenario/intakegesprek/', '/zoeken/?q=schema']) {
		await open(page, path);
		const meta = parsePolicy((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!);
		const header = parsePolicy(headers['Content-Security-Policy']!);
		for (const [directive, sources] of meta) {
			if (directive === 'script-src') {
				// The page allows its own bootstrapping script by hash; the header allows inline
				// scripts and leaves the narrowing to the page.
				expect(sources.filter((s) => !s.startsWith("'sha256-")), path).toEqual(header.get(directive)!.filter((s) => s !== "'unsafe-inline'"));
			} else expect(sources, `${path} ${directive}`).toEqual(header.get(directive));
		}
	}
	expect(violations).toEqual([]);
});

test('no other site can show the course in a frame (the header’s frame-ancestors)', async ({ page, baseURL }) => {
	// Without the host's headers the frame shows the course, so the check below can fail.
	const frame = page.frameLocator('iframe');
	await page.setContent(`<iframe src="${baseURL}/" title="Bamboe"></iframe>`);
	await expect(frame.getByRole('heading', { level: 1, name: 'Bamboe' })).toBeVisible();

	const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
	await serveWithHostHeaders(page);
	await page.setContent(`<iframe src="${baseURL}/" title="Bamboe"></iframe>`);
	await refused;
	await expect(frame.getByRole('heading', { level: 1, name: 'Bamboe' })).toHaveCount(0);
});
