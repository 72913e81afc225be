import { defineConfig } from '@playwright/test';

// Browsers can't be downloaded on every machine, so the tests use an installed Chromium
// (Debian's package by default); `npm test` finds it and sets CHROME_PATH.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Another port can be chosen when 4173 is taken (e.g. by `npm start`).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// axe sweeps over several pages take a while on a 2-core machine; nothing here is timed.
	timeout: 90_000,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `./node_modules/.bin/sirv build --port ${port} --host 127.0.0.1 --quiet --single 404.html`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	}
});
