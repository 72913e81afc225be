/**
 * What is stored of a free reply's words, with "Bewaar mijn antwoorden" on and off: the
 * conversation in progress, the finished attempt and the export file, played through the
 * player and the progress code the scenario page uses. The replies are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, MAX_REPLY_LENGTH, PROGRESS_KEY, scenarioRunSchema, type Progress } from '$lib/progress/schema';
import { readProgressFully } from '$lib/progress/rescue';
import { saveRun, scenarioRun } from '$lib/progress/runs';
import { writeProgress } from '$lib/progress/storage';
import { parseImport, serialiseExport } from '$lib/progress/transfer';
import { recordAttempt } from '$lib/progress/update';
import { KEEP_REPLIES_KEY, keepReplyText, readKeepReplies, writeKeepReplies } from '$lib/replies/keep';
import { replyResult } from '$lib/replies/result';
import { analyseReply } from '$lib/moves/analyse';
import { checkRun } from '$lib/scenario/resume';
import { ScenarioPlayer } from '$lib/scenario/player.svelte';
import { strongestChoice } from '$lib/scoring/quality';
import * as v from 'valibot';
import { memoryStore, refusingStore } from '../fake-store';
import { intake, respondAt } from './course';

const now = new Date('2026-03-04T10:00:00Z');
const OPENING = 'Dat is ook lastig, als een ander vindt dat je moet gaan. Wat speelt er bij jou, Ilse?';
const HOME = 'Als ik je goed begrijp, moest je met je verdriet alleen naar boven. Zeg ik het zo goed?';

/**
 * Plays the intake to an ending as the page does: a free reply at the opening and where Ilse
 * tells about home, the strongest prepared choice elsewhere; the conversation is saved after
 * every step, and the attempt kept at the end. Returns every saved state.
 */
function play(keep: boolean): { player: ScenarioPlayer; saves: Progress[] } {
	const player = new ScenarioPlayer(intake, { load: () => keep });
	let progress = emptyProgress();
	const saves: Progress[] = [];
	for (let step = 0; step < 40 && !player.done; step++) {
		const respond = intake.nodes[player.nodeId]?.respond;
		const text = player.nodeId === 'opening' ? OPENING : player.nodeId === 'vertelt' ? HOME : undefined;
		if (respond && text) player.reply(replyResult(respond, text, analyseReply(text)).ruleIndex, text);
		else player.select(strongestChoice(intake.nodes[player.nodeId]!.choices!, player.offered)!);
		progress = player.done
			? recordAttempt(progress, player.attempt(now))
			: saveRun(progress, intake.id, { steps: player.steps, at: player.nodeId }, now);
		saves.push(progress);
	}
	expect(player.done).toBe(true);
	return { player, saves };
}

/** Every stretch of five words of a reply: none may be found where the words are not kept. */
function pieces(text: string): string[] {
	const words = text.split(/\s+/);
	return words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' '));
}

describe('the setting', () => {
	it('is off until the learner turns it on, and is kept apart from progress', () => {
		const store = memoryStore();
		expect(readKeepReplies(store)).toBe(false);
		expect(writeKeepReplies(store, true)).toBe(true);
		expect(readKeepReplies(store)).toBe(true);
		expect(Object.keys(store.data)).toEqual([KEEP_REPLIES_KEY]);
		writeKeepReplies(store, false);
		expect(readKeepReplies(store)).toBe(false);
	});

	it('reads anything else as off: another shape, not JSON, storage that refuses', () => {
		for (const raw of ['true', '{"keep":true}', '{"version":2,"keep":true}', '{"version":1,"keep":"ja"}', '{nope']) {
			expect(readKeepReplies(memoryStore({ [KEEP_REPLIES_KEY]: raw })), raw).toBe(false);
		}
		expect(readKeepReplies(refusingStore)).toBe(false);
		expect(writeKeepReplies(refusingStore, true)).toBe(false);
	});
});

describe('keepReplyText', () => {
	it('leaves the words out unless asked to keep them', () => {
		const step = { nodeId: 'opening', ruleIndex: 0, replyText: 'Wat speelt er?' };
		expect(keepReplyText(step, false)).toEqual({ nodeId: 'opening', ruleIndex: 0 });
		expect(keepReplyText(step, true)).toBe(step);
		expect(keepReplyText({ nodeId: 'opening', choiceIndex: 1 }, true)).toEqual({ nodeId: 'opening', choiceIndex: 1 });
	});

	it('leaves out words the stored shape would refuse (empty, too long) rather than spoil progress', () => {
		expect(keepReplyText({ ruleIndex: 0, replyText: '' }, true)).toEqual({ ruleIndex: 0 });
		expect(keepReplyText({ ruleIndex: 0, replyText: 'a'.repeat(MAX_REPLY_LENGTH + 1) }, true)).toEqual({ ruleIndex: 0 });
	});
});

describe('with "Bewaar mijn antwoorden" off', () => {
	it('stores no part of the text: not in the conversation in progress, the attempt, storage or the export', () => {
		const { player, saves } = play(false);
		// Shown on the page, in this visit.
		expect(player.path.filter((step) => step.replyText).map((step) => step.replyText)).toEqual([OPENING, HOME]);
		const final = saves.at(-1)!;
		const store = memoryStore();
		writeProgress(store, final);
		const everything = [...saves.map((saved) => JSON.stringify(saved)), JSON.stringify(store.data), serialiseExport(final, now)].join('\n');
		for (const piece of [...pieces(OPENING), ...pieces(HOME), 'lastig', 'Ilse?']) expect(everything).not.toContain(piece);
		// The step itself is kept, by its rule.
		expect(final.scenarios[intake.id]![0]!.path[0]).toMatchObject({ nodeId: 'opening', ruleIndex: 0, label: 'Eigen antwoord: open vraag en erkennen' });
	});
});

describe('with "Bewaar mijn antwoorden" on', () => {
	it('keeps the text with the step in the conversation in progress, and a resumed conversation shows it', () => {
		const { saves } = play(true);
		const store = memoryStore();
		writeProgress(store, saves[0]!);
		const read = readProgressFully(store);
		expect(read.status).toBe('ok');
		const saved = scenarioRun(read.progress, intake.id)!;
		expect(saved.steps).toEqual([{ nodeId: 'opening', ruleIndex: 0, replyText: OPENING }]);
		expect(checkRun(intake, saved).ok).toBe(true);
		const resumed = new ScenarioPlayer(intake, { load: () => true });
		resumed.replay(saved.steps);
		expect(resumed.turns[0]!.choice).toMatchObject({ ruleIndex: 0, replyText: OPENING });
		expect(resumed.nodeId).toBe(saved.at);
	});

	it('keeps the texts in the finished attempt and in the export, which imports again', () => {
		const final = play(true).saves.at(-1)!;
		const texts = final.scenarios[intake.id]![0]!.path.flatMap((step) => ('replyText' in step && step.replyText ? [step.replyText] : []));
		expect(texts).toEqual([OPENING, HOME]);
		const file = serialiseExport(final, now);
		expect(file).toContain(HOME);
		const imported = parseImport(file);
		expect(imported.ok && imported.progress.scenarios[intake.id]![0]!.path[0]).toMatchObject({ replyText: OPENING });
	});

	it('leaves the words out again from the moment it is turned off', () => {
		let keep = true;
		const player = new ScenarioPlayer(intake, { load: () => keep });
		player.reply(replyResult(respondAt('opening'), OPENING, analyseReply(OPENING)).ruleIndex, OPENING);
		let progress = saveRun(emptyProgress(), intake.id, { steps: player.steps, at: player.nodeId }, now);
		expect(JSON.stringify(progress)).toContain(OPENING);
		keep = false;
		progress = saveRun(progress, intake.id, { steps: player.steps, at: player.nodeId }, now);
		expect(JSON.stringify(progress)).not.toContain('lastig');
		expect(player.turns[0]!.choice!.replyText).toBe(OPENING);
	});
});

describe('the stored shape', () => {
	const run = (step: Record<string, unknown>) => ({ steps: [step], at: 'klachten', startedAt: now.toISOString(), updatedAt: now.toISOString() });

	it('bounds the text: at most MAX_REPLY_LENGTH characters, never empty', () => {
		expect(v.safeParse(scenarioRunSchema, run({ nodeId: 'opening', ruleIndex: 0, replyText: 'a'.repeat(MAX_REPLY_LENGTH) })).success).toBe(true);
		expect(v.safeParse(scenarioRunSchema, run({ nodeId: 'opening', ruleIndex: 0, replyText: 'a'.repeat(MAX_REPLY_LENGTH + 1) })).success).toBe(false);
		expect(v.safeParse(scenarioRunSchema, run({ nodeId: 'opening', ruleIndex: 0, replyText: '' })).success).toBe(false);
		expect(v.safeParse(scenarioRunSchema, run({ nodeId: 'opening', ruleIndex: 0, replyText: 7 })).success).toBe(false);
	});

	it('keeps no text with a prepared choice', () => {
		const parsed = v.safeParse(scenarioRunSchema, run({ nodeId: 'opening', choiceIndex: 1, replyText: 'Wat speelt er?' }));
		expect(parsed.success && parsed.output.steps[0]).toEqual({ nodeId: 'opening', choiceIndex: 1 });
	});

	it('loses only the conversation whose text is out of bounds, the rest of progress is read', () => {
		const stored = {
			...emptyProgress(),
			lessons: { 'basis/definitie': { readAt: now.toISOString() } },
			inProgress: { [intake.id]: run({ nodeId: 'opening', ruleIndex: 0, replyText: 'a'.repeat(MAX_REPLY_LENGTH + 1) }) }
		};
		const read = readProgressFully(memoryStore({ [PROGRESS_KEY]: JSON.stringify(stored) }));
		expect(read.status).toBe('damaged');
		expect(read.progress.lessons).toEqual(stored.lessons);
		expect(read.progress.inProgress).toEqual({});
	});
});
