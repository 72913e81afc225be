/**
 * The SCORM packages in an LMS, with a real SCORM run-time as the LMS side: scorm-again's
 * Scorm12API / Scorm2004API on the LMS page (as `window.API` / `window.API_1484_11`), the
 * unzipped package served from a deep folder, as Moodle serves it, in an iframe. The tests read
 * what the LMS received (the `cmi` data scorm-again would commit to its server).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { seriousViolations } from './helpers';
import type { ChoiceQuestion } from '../../src/lib/content/types';
import { lmsCourse } from '../../src/lib/lms/course';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/lms/suspend-data';
import { emptyProgress } from '../../src/lib/progress/schema';
import { markLessonRead } from '../../src/lib/progress/update';
import { readCourse } from './outline';
import { PACKAGE_DIR, PACKAGES } from '../../scripts/package';

const LMS = 'http://lms.test';
const FOLDER = '/pluginfile.php/42/mod_scorm/content/1';
type Version = keyof typeof PACKAGES;

const contents = new Map<Version, Record<string, Uint8Array>>();
const packageFiles = (version: Version) => {
	let files = contents.get(version);
	if (!files) contents.set(version, (files = unzipSync(readFileSync(join(PACKAGE_DIR, PACKAGES[version])))));
	return files;
};

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml' };

/** The LMS: its player page, scorm-again, and the package in its folder. Nothing leaves the test. */
async function serveLms(context: BrowserContext, version: Version) {
	const files = packageFiles(version);
	await context.route(`${LMS}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/mod/scorm/player.php') {
			const api = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
			const name = version === '1.2' ? 'API' : 'API_1484_11';
			return route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="nl"><head><title>LMS</title><script src="/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js"></script>
					<script>
						window.${name} = new ${api}({ logLevel: 5 });
						const saved = sessionStorage.getItem('lms-saved');
						if (saved) window.${name}.loadFromJSON(JSON.parse(saved));
					</script></head>
					<body><iframe title="Bamboe" src="${FOLDER}/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`
			});
		}
		if (path.startsWith('/scorm-again/')) {
			return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`node_modules/scorm-again/dist/${path.split('/').at(-1)}`, 'utf8') });
		}
		if (path.startsWith(`${FOLDER}/`)) {
			let file = path.slice(FOLDER.length + 1);
			if (file === '' || file.endsWith('/')) file += 'index.html';
			const body = files[file] ?? files['404.html'];
			return route.fulfill({ status: files[file] ? 200 : 404, contentType: TYPES[file.split('.').at(-1) ?? ''] ?? 'application/octet-stream', body: Buffer.from(body!) });
		}
		return route.fulfill({ status: 404, body: '' });
	});
}

/** What the LMS holds now, as scorm-again would commit it. */
const received = (page: Page, version: Version) =>
	page.evaluate((name) => (window as unknown as Record<string, { renderCommitCMI(t: boolean): { cmi: Record<string, any> } }>)[name]!.renderCommitCMI(true).cmi, version === '1.2' ? 'API' : 'API_1484_11');

const frame = (page: Page) => page.frameLocator('iframe[title="Bamboe"]');
/** The LMS opens the package's launch file, as the manifest names it. */
const LAUNCH = '/index.html';
const frameReady = async (page: Page, path: string) =>
	expect.poll(() => page.frames()[1]?.evaluate(() => document.documentElement?.dataset.ready ?? '').catch(() => '')).toBe(`${FOLDER}${path}`);

const list = (value: unknown) => Object.values((value ?? {}) as Record<string, any>);

test.describe('SCORM 1.2 in an LMS', () => {
	test('reports status, score, quiz answers, scenario choices with their skills, and objectives per module; a second visit resumes', async ({ browser }) => {
		const course = await readCourse();
		const module = course.modules.find((m) => m.quiz && m.scenarios.length)!;
		const scenario = module.scenarios[0]!;
		const context = await browser.newContext();
		await serveLms(context, '1.2');
		const page = await context.newPage();
		await page.goto(`${LMS}/mod/scorm/player.php`);
		await frameReady(page, LAUNCH);
		const app = frame(page);
		// The first screen says what goes to the LMS, and what stays on the device.
		await expect(app.getByTestId('lms-notice')).toContainText('Deze cursus loopt in de leeromgeving van je organisatie (SCORM 1.2)');
		await expect(app.getByTestId('lms-notice')).toContainText('Je reflecties, je eigen antwoorden in woorden en je naam voor het certificaat blijven op dit apparaat');
		expect(await seriousViolations(page), 'LMS notice').toEqual([]);
		await app.getByRole('button', { name: 'Begrepen' }).click();

		// Links work from the LMS's folder: a module, its quiz.
		await app.getByRole('link', { name: module.title }).first().click();
		await frameReady(page, `/${module.id}/`);
		await app.getByRole('link', { name: 'Naar de toets' }).click();
		await frameReady(page, `/${module.id}/toets/`);
		// The first multiple-choice question (a sorting question is reported as matching).
		const questionIndex = module.quiz!.questions.findIndex((q) => q.type !== 'sorteren');
		const question = module.quiz!.questions[questionIndex] as ChoiceQuestion;
		const form = app.locator('form.question').nth(questionIndex);
		for (const index of question.answers) await form.locator(`input[value="${index}"]`).check();
		await form.getByRole('button', { name: 'Controleer antwoord' }).click();
		await expect(form.getByText('Jouw antwoord')).toBeVisible();

		// Two choices in a scenario.
		await page.frames()[1]!.evaluate((href) => {
			const link = document.createElement('a');
			link.href = href;
			document.body.append(link);
			link.click();
		}, `${FOLDER}/${module.id}/scenario/${scenario.id}/`);
		await frameReady(page, `/${module.id}/scenario/${scenario.id}/`);
		await app.getByRole('button', { name: 'Begin het gesprek' }).click();
		for (let i = 0; i < 2; i++) {
			const said = await app.locator('.said').count();
			await app.locator('button.choice').first().click();
			await expect(app.locator('.said')).toHaveCount(said + 1);
		}
		const node = await app.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node');

		const cmi = await received(page, '1.2');
		expect(cmi.core.lesson_status).toBe('incomplete');
		expect(Number(cmi.core.score.raw)).toBeGreaterThan(0);
		const interactions = list(cmi.interactions);
		expect(interactions[0]).toMatchObject({ id: `quiz.${module.id}.${questionIndex + 1}`, type: 'choice', result: 'correct' });
		const choices = interactions.filter((i) => i.id.startsWith(`scenario.${scenario.id}.1.`));
		expect(choices).toHaveLength(2);
		for (const choice of choices) {
			expect(choice.result).toBe('neutral');
			// Each choice carries the skills it trained, with its points, as objective ids.
			for (const objective of list(choice.objectives)) expect(objective.id).toMatch(/^[a-z]+\.[+-]\d$/);
		}
		expect(choices.some((c) => list(c.objectives).length > 0)).toBe(true);
		expect(list(cmi.objectives).map((o) => o.id)).toEqual(course.modules.map((m) => m.id));
		expect(cmi.suspend_data).toMatch(/^b1\|/);
		await context.close();

		// Another device: the LMS hands back what it kept; the conversation goes on where it was.
		const next = await browser.newContext();
		await serveLms(next, '1.2');
		const again = await next.newPage();
		await again.addInitScript((saved) => sessionStorage.setItem('lms-saved', saved), JSON.stringify({ suspend_data: cmi.suspend_data }));
		await again.goto(`${LMS}/mod/scorm/player.php`);
		await frameReady(again, LAUNCH);
		await expect(frame(again).getByTestId('resume-link')).toBeVisible();
		await frame(again).getByTestId('resume-link').click();
		await frameReady(again, `/${module.id}/scenario/${scenario.id}/`);
		await frame(again).getByRole('button', { name: 'Ga verder waar je was' }).click();
		expect(await frame(again).getByRole('region', { name: 'Gesprek' }).getAttribute('data-node')).toBe(node);
		await expect(frame(again).locator('.said')).toHaveCount(2);
		await next.close();
	});

	test('the package without an LMS around it works as the plain course, from any folder', async ({ browser }) => {
		const context = await browser.newContext();
		await serveLms(context, '1.2');
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${LMS}${FOLDER}/`);
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.ready)).toBe(`${FOLDER}/`);
		await expect(page.getByTestId('lms-notice')).toHaveCount(0);
		await page.getByRole('banner').getByRole('link', { name: 'Begrippen' }).click();
		await expect(page).toHaveURL(`${LMS}${FOLDER}/begrippen/`);
		await page.getByRole('banner').getByRole('link', { name: 'Pauze' }).click();
		await expect(page).toHaveURL(`${LMS}${FOLDER}/pauze/`);
		// The header's search form stays in the folder, and search loads its index from there.
		const field = page.getByRole('banner').getByRole('searchbox').first();
		await field.fill('schematherapie');
		await field.press('Enter');
		await expect(page).toHaveURL(`${LMS}${FOLDER}/zoeken/?q=schematherapie`);
		await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
		expect(errors).toEqual([]);
		await context.close();
	});
});

test('SCORM 2004: completion and success, score, and a scenario choice with its skills', async ({ browser }) => {
	const course = await readCourse();
	const scenario = course.modules.flatMap((m) => m.scenarios)[0]!;
	const context = await browser.newContext();
	await serveLms(context, '2004');
	const page = await context.newPage();
	await page.goto(`${LMS}/mod/scorm/player.php`);
	await frameReady(page, LAUNCH);
	await expect(frame(page).getByTestId('lms-notice')).toContainText('(SCORM 2004)');
	await page.frames()[1]!.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		document.body.append(link);
		link.click();
	}, `${FOLDER}/${scenario.moduleId}/scenario/${scenario.id}/`);
	await frameReady(page, `/${scenario.moduleId}/scenario/${scenario.id}/`);
	await frame(page).getByRole('button', { name: 'Begin het gesprek' }).click();
	await frame(page).locator('button.choice').first().click();
	await expect(frame(page).locator('.said')).toHaveCount(1);
	const cmi = await received(page, '2004');
	expect(cmi).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown' });
	const [choice] = list(cmi.interactions);
	expect(choice).toMatchObject({ id: `scenario.${scenario.id}.1.1.${scenario.start}`, type: 'choice', result: 'neutral' });
	expect(choice.description.length).toBeGreaterThan(0);

	// The page goes (the learner closes the LMS's player): the session ends, to be resumed later.
	await page.frames()[1]!.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
	const finished = await received(page, '2004');
	expect(finished.exit).toBe('suspend');
	expect(finished.session_time).toMatch(/^PT\d+H\d+M\d+S$/);
	await context.close();
});

test('an LMS that refuses never stops the course: it says so in Dutch, and progress stays on the device', async ({ browser }) => {
	const course = await readCourse();
	const module = course.modules[0]!;
	const context = await browser.newContext();
	await serveLms(context, '1.2');
	// The LMS accepts the session, then refuses every value (its server is down, say).
	await context.addInitScript(() => {
		if (location.pathname !== '/mod/scorm/player.php') return;
		addEventListener('DOMContentLoaded', () => {
			const api = (window as unknown as { API: Record<string, (...args: string[]) => string> }).API;
			let error = '0';
			for (const name of ['LMSInitialize', 'LMSGetValue', 'LMSCommit', 'LMSFinish']) {
				const call = api[name]!.bind(api);
				api[name] = (...args: string[]) => ((error = '0'), call(...args));
			}
			api.LMSSetValue = () => ((error = '351'), 'false');
			api.LMSGetLastError = () => error;
			api.LMSGetErrorString = () => 'General Set Failure';
		});
	});
	const page = await context.newPage();
	await page.goto(`${LMS}/mod/scorm/player.php`);
	await frameReady(page, LAUNCH);
	const app = frame(page);
	await expect(app.getByTestId('lms-notice')).toContainText('De leeromgeving van je organisatie kon je voortgang niet bewaren');
	await expect(app.getByTestId('lms-notice')).toContainText('Je voortgang blijft op dit apparaat bewaard.');
	await app.getByRole('link', { name: module.title }).first().click();
	await frameReady(page, `/${module.id}/`);
	await app.getByTestId('module-action').click();
	await app.getByTestId('read-toggle').click();
	await expect(app.getByTestId('read-toggle')).toHaveAttribute('aria-pressed', 'true');
	const stored = await page.frames()[1]!.evaluate(() => JSON.parse(localStorage.getItem('bamboe.voortgang') ?? '{}'));
	expect(Object.keys(stored.lessons)).toContain(`${module.id}/${module.lessons[0]!.id}`);
	await context.close();
});

test('a device whose own progress cannot be read never wipes what the LMS kept; once the learner has chosen, it comes back', async ({ browser }) => {
	const course = await readCourse();
	const codec = lmsCourse(course);
	const module = course.modules[0]!;
	const [first, second] = module.lessons;
	const kept = encodeSuspendData(markLessonRead(emptyProgress(), module.id, first!.id, new Date('2026-03-02T10:00:00Z')), codec).data;
	const lessonsInLms = async () => Object.keys(decodeSuspendData((await received(page, '1.2')).suspend_data, codec)!.progress.lessons).sort();

	const context = await browser.newContext();
	await serveLms(context, '1.2');
	// On this device, stored progress the course cannot read (written once, before the first visit).
	await context.addInitScript((folder) => {
		if (!location.pathname.startsWith(folder) || sessionStorage.getItem('seeded')) return;
		localStorage.setItem('bamboe.voortgang', '{kapot');
		sessionStorage.setItem('seeded', '1');
	}, FOLDER);
	const page = await context.newPage();
	await page.addInitScript((saved) => sessionStorage.setItem('lms-saved', saved), JSON.stringify({ suspend_data: kept }));
	await page.goto(`${LMS}/mod/scorm/player.php`);
	await frameReady(page, LAUNCH);
	const app = frame(page);
	await expect(app.getByTestId('progress-notice')).toBeVisible();
	await app.getByRole('button', { name: 'Begrepen' }).click();
	// What the LMS kept is still there, and this visit's work is added to it.
	expect(await lessonsInLms()).toEqual([`${module.id}/${first!.id}`]);
	await page.frames()[1]!.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		document.body.append(link);
		link.click();
	}, `${FOLDER}/${module.id}/${second!.id}/`);
	await frameReady(page, `/${module.id}/${second!.id}/`);
	await app.getByTestId('read-toggle').click();
	await expect.poll(lessonsInLms).toEqual([`${module.id}/${first!.id}`, `${module.id}/${second!.id}`].sort());
	// The unreadable data on the device is untouched until the learner chooses.
	expect(await page.frames()[1]!.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBe('{kapot');

	// The learner starts again on this device: what the LMS holds comes in, nothing is lost.
	await app.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await app.getByRole('button', { name: 'Ja, wis en begin opnieuw' }).click();
	await expect
		.poll(async () => Object.keys(JSON.parse((await page.frames()[1]!.evaluate(() => localStorage.getItem('bamboe.voortgang'))) ?? '{}').lessons ?? {}).sort())
		.toEqual([`${module.id}/${first!.id}`, `${module.id}/${second!.id}`].sort());
	expect(await lessonsInLms()).toEqual([`${module.id}/${first!.id}`, `${module.id}/${second!.id}`].sort());
	await context.close();
});

test.describe('the packages themselves', () => {
	for (const version of ['1.2', '2004'] as const) {
		test(`SCORM ${version}: the manifest names one SCO that opens the home page, and every file it lists is in the package`, () => {
			const files = packageFiles(version);
			const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
			expect(manifest).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
			expect(manifest).toMatch(/<organizations default="bamboe">/);
			expect(manifest.match(/<resource /g)).toHaveLength(1);
			expect(manifest).toMatch(version === '1.2' ? /adlcp:scormtype="sco" href="index.html"/ : /adlcp:scormType="sco" href="index.html"/);
			expect(manifest).toContain(version === '1.2' ? '<adlcp:masteryscore>70</adlcp:masteryscore>' : '<imsss:minNormalizedMeasure>0.70</imsss:minNormalizedMeasure>');
			const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!);
			for (const file of listed) expect(files[file], file).toBeDefined();
			// And nothing in the package is left out of the manifest.
			expect(listed.sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
			expect(listed).toContain('lms-course.json');
		});
	}

	test('the plain site has no LMS code; the package has', () => {
		const lmsCode = /cmi\.suspend_data|API_1484_11/;
		const plain = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(js|html)$/.test(file));
		expect(plain.length).toBeGreaterThan(0);
		expect(plain.filter((file) => lmsCode.test(readFileSync(join('build', file), 'utf8')))).toEqual([]);
		const packaged = Object.entries(packageFiles('1.2')).filter(([file, bytes]) => file.endsWith('.js') && lmsCode.test(new TextDecoder().decode(bytes)));
		expect(packaged.length).toBeGreaterThan(0);
	});
});
