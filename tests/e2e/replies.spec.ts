/**
 * Free replies in the player: the learner types a reply in their own words, sees the words of
 * each conversation move marked and named, the feedback of the rule that applied, may rewrite
 * once, and the conversation goes on along that rule's branch. What is stored of the words
 * depends on "Bewaar mijn antwoorden" alone. The replies are written for this test.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { strongestChoice } from '../../src/lib/scoring/quality';
import { forbidOtherOrigins, open, seriousViolations } from './helpers';
import { readCourse } from './outline';

type Scenario = Awaited<ReturnType<typeof readCourse>>['modules'][number]['scenarios'][number];

let intake: Scenario;
let address: string;

test.beforeAll(async () => {
	const course = await readCourse();
	intake = course.modules.flatMap((m) => m.scenarios).find((s) => s.id === 'intakegesprek')!;
	address = `/${intake.moduleId}/scenario/${intake.id}/`;
});

const OPENING = 'Dat is ook lastig, als een ander vindt dat je moet gaan. Wat speelt er bij jou?';
const FIRST_TRY = 'We beginnen met een vragenlijst over je jeugd.';
/** Ilse tells about home: a summary with a check leads on to "verdieping", minimising to "prima". */
const SUMMARY = 'Als ik je goed begrijp, moest je met je verdriet alleen naar boven, en kwam er niemand. Klopt dat?';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rule of the node's `respond` whose feedback the page shows for the reply sent. */
async function ruleShown(page: Page, nodeId: string) {
	const shown = flat(await page.getByTestId('reply-feedback').innerText());
	const rules = intake.nodes[nodeId]!.respond!.rules.filter((rule) => shown.includes(flat(rule.feedback)));
	expect(rules).toHaveLength(1);
	return rules[0]!;
}

const nodeOf = (page: Page) => page.getByRole('region', { name: 'Gesprek' }).getAttribute('data-node');
const stored = (page: Page) => page.evaluate(() => Object.values(localStorage).join('\n') + Object.values(sessionStorage).join('\n'));

/** Every stretch of four words: none may be found where the words are not kept. */
function pieces(text: string): string[] {
	const words = text.split(/\s+/);
	return words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' '));
}

async function begin(page: Page) {
	await open(page, address);
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	await expect(page.getByTestId('latest-turn')).toBeFocused();
}

async function sendReply(page: Page, text: string) {
	const field = page.getByRole('textbox', { name: /Schrijf het in je eigen woorden/ });
	await field.fill(text);
	await page.getByRole('button', { name: 'Verstuur' }).click();
	await expect(page.getByRole('heading', { name: 'Jouw antwoord' })).toBeFocused();
}

/** Takes the strongest prepared choice until the conversation arrives at `nodeId`. */
async function chooseStrongestUntil(page: Page, nodeId: string) {
	for (let step = 0; step < 20 && (await nodeOf(page)) !== nodeId; step++) {
		const current = (await nodeOf(page))!;
		const choices = intake.nodes[current]!.choices!;
		await page.getByRole('button', { name: choices[strongestChoice(choices)!]!.label, exact: true }).click();
		await expect.poll(() => nodeOf(page)).not.toBe(current);
	}
	expect(await nodeOf(page)).toBe(nodeId);
}

async function downloadExport(page: Page, testInfo: TestInfo): Promise<string> {
	await open(page, '/resultaten/');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download je voortgang' }).click()]);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	return readFile(file, 'utf8');
}

test('a reply in the intake: marked moves and feedback, one rewrite, on along the rule\'s branch; with "bewaar" off nothing of it is stored', async ({ page }, testInfo) => {
	const foreign = forbidOtherOrigins(page);
	// The analyser is not part of the page: it arrives when the learner opens the reply field.
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	const analyserLoaded = () => scripts.some((code) => code.includes('verschrikkelijke'));
	await open(page, address);
	// The introduction says that own words are possible here, and that they stay on the device.
	await expect(page.getByRole('region', { name: 'Introductie' })).toContainText('Op sommige momenten kun je ook in je eigen woorden antwoorden');
	await begin(page);
	expect(analyserLoaded()).toBe(false);
	const toggle = page.getByRole('button', { name: 'Zeg het in je eigen woorden' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const field = page.getByRole('textbox', { name: intake.nodes.opening!.respond!.prompt });
	await expect(field).toBeFocused();
	await expect.poll(analyserLoaded).toBe(true);
	// The prepared choices stay there all along.
	await expect(page.getByText('Of kies een van de antwoorden hieronder:')).toBeVisible();
	await expect(page.locator('button.choice')).toHaveCount(intake.nodes.opening!.choices!.length);
	await expect(page.getByText('een hulpmiddel om te oefenen, geen oordeel over jou als hulpverlener', { exact: false })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden' })).not.toBeChecked();

	// Nothing typed: a clear message, nothing sent.
	await page.getByRole('button', { name: 'Verstuur' }).click();
	await expect(page.getByRole('alert')).toHaveText('Schrijf eerst wat je zou zeggen. Of kies een van de antwoorden hieronder.');
	await expect(field).toBeFocused();

	// First try: protocol first.
	await sendReply(page, FIRST_TRY);
	const reply = page.getByTestId('free-reply');
	await expect(reply.getByTestId('reply-text')).toHaveText(FIRST_TRY);
	await expect(reply.getByTestId('reply-text').locator('mark')).toHaveText(['We beginnen met']);
	await expect(reply.getByTestId('reply-moves')).toContainText('Advies opleggen: „We beginnen met”.');
	await expect(reply.getByTestId('reply-feedback').locator('[data-quality]')).toHaveText(/Niet helpend/);
	expect((await ruleShown(page, 'opening')).moves).toEqual(['advies-opleggen']);
	await expect(reply.getByTestId('reply-feedback')).toContainText('Bron:');
	await expect(reply.getByRole('heading', { name: 'Wat een sterk antwoord kan bevatten' })).toBeVisible();
	await expect(reply).toContainText(intake.nodes.opening!.respond!.strong);

	// One rewrite, starting from what was written; after it, only "Ga verder".
	await reply.getByRole('button', { name: 'Herschrijf je antwoord' }).click();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(FIRST_TRY);
	await sendReply(page, OPENING);
	await expect(reply.getByTestId('reply-text').locator('mark')).toHaveText(['Dat is', 'lastig', 'Wat speelt']);
	await expect(reply.getByTestId('reply-moves').locator('li')).toHaveText([/^Open vraag: „Wat speelt”\. Een vraag/, /^Erkennen: „Dat is … lastig”\. Het gevoel/]);
	await expect(reply.getByTestId('reply-feedback').locator('[data-quality]')).toHaveText(/Helpend/);
	await expect(reply.getByRole('button', { name: 'Herschrijf je antwoord' })).toHaveCount(0);

	// On along the rule's branch; the reply stands in the conversation, with its feedback.
	const rule = await ruleShown(page, 'opening');
	expect(rule.moves).toEqual(['open-vraag', 'erkennen']);
	await reply.getByRole('button', { name: 'Ga verder' }).click();
	await expect(page.getByTestId('latest-turn')).toBeFocused();
	expect(await nodeOf(page)).toBe(rule.next);
	const said = page.locator('.said').first();
	await expect(said).toContainText(`Jij, in je eigen woorden: ${OPENING}`);
	await expect(said.locator('[data-quality]')).toHaveText(/Helpend/);
	expect(flat(await said.innerText())).toContain(flat(rule.feedback));
	await expect(page.getByTestId('free-reply')).toHaveCount(0);

	// At Ilse's story about home, a summary with a check goes on to where she tells more.
	await chooseStrongestUntil(page, 'vertelt');
	await page.getByRole('button', { name: 'Zeg het in je eigen woorden' }).click();
	await sendReply(page, SUMMARY);
	await expect(page.getByTestId('reply-moves')).toContainText('Samenvatten:');
	const summary = await ruleShown(page, 'vertelt');
	expect([summary.moves, summary.next]).toEqual([['samenvatten'], 'verdieping']);
	await page.getByRole('button', { name: 'Ga verder' }).click();
	await expect.poll(() => nodeOf(page)).toBe('verdieping');

	// Nothing of either text is stored, nor in the export.
	const kept = await stored(page);
	expect(kept).toContain('"ruleIndex"');
	const file = await downloadExport(page, testInfo);
	for (const piece of [...pieces(OPENING), ...pieces(FIRST_TRY), ...pieces(SUMMARY)]) {
		expect(kept).not.toContain(piece);
		expect(file).not.toContain(piece);
	}
	expect(foreign).toEqual([]);
});

test('with "Bewaar mijn antwoorden" on, the words are stored, come back after a reload, and go into the export', async ({ page }, testInfo) => {
	await begin(page);
	await page.getByRole('button', { name: 'Zeg het in je eigen woorden' }).click();
	await page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden' }).check();
	await sendReply(page, OPENING);
	await page.getByRole('button', { name: 'Ga verder' }).click();
	await expect(page.locator('.said').first()).toContainText(OPENING);
	expect(await stored(page)).toContain(OPENING);

	// Mid-conversation: a reload, and the conversation comes back with the reply's words.
	await page.reload();
	await page.getByTestId('scenario-resume').click();
	await expect(page.locator('.said').first()).toContainText(`Jij, in je eigen woorden: ${OPENING}`);
	expect(await nodeOf(page)).toBe('klachten');
	// The setting is remembered on the device.
	await chooseStrongestUntil(page, 'vertelt');
	await page.getByRole('button', { name: 'Zeg het in je eigen woorden' }).click();
	await expect(page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden' })).toBeChecked();

	expect(await downloadExport(page, testInfo)).toContain(OPENING);

	// Turned off, the words of the conversation in progress are no longer stored.
	await open(page, address);
	await page.getByTestId('scenario-resume').click();
	await page.getByRole('button', { name: 'Zeg het in je eigen woorden' }).click();
	await page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden' }).uncheck();
	expect(await stored(page)).not.toContain(OPENING);
	await expect(page.locator('.said').first()).toContainText(OPENING);
});

test('a reply shown passes axe in light and dark, and text that looks like markup stays text', async ({ page }) => {
	await begin(page);
	await page.getByRole('button', { name: 'Zeg het in je eigen woorden' }).click();
	await page.getByRole('textbox', { name: /Schrijf het in je eigen woorden/ }).fill('');
	expect(await seriousViolations(page), 'reply field').toEqual([]);
	await sendReply(page, '<i>Wat speelt er</i> bij jou?');
	await expect(page.getByTestId('reply-text')).toHaveText('<i>Wat speelt er</i> bij jou?');
	await expect(page.getByTestId('reply-text').locator('i')).toHaveCount(0);
	expect(await seriousViolations(page), 'reply shown, light').toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), 'reply shown, dark').toEqual([]);
});

test('a free reply by keyboard alone', async ({ page }) => {
	await begin(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Zeg het in je eigen woorden' })).toBeFocused();
	await page.keyboard.press('Enter');
	const field = page.getByRole('textbox', { name: /Schrijf het in je eigen woorden/ });
	await expect(field).toBeFocused();
	await page.keyboard.type(OPENING);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Verstuur' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Jouw antwoord' })).toBeFocused();
	// Past the links to the report in the feedback, to the two buttons.
	const rewrite = page.getByRole('button', { name: 'Herschrijf je antwoord' });
	for (let i = 0; i < 20 && !(await rewrite.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(rewrite).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Ga verder' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('latest-turn')).toBeFocused();
	expect(await nodeOf(page)).toBe('klachten');
});
