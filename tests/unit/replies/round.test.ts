/** One free reply from writing to "Ga verder": the learner may rewrite once, and never send nothing. */
import { describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH } from '$lib/progress/schema';
import { REPLY_MESSAGES, canRewrite, firstRound, replyProblem, rewriteReply, sendReply, type ReplyRound } from '$lib/replies/round';
import { respondAt } from './course';

const opening = respondAt('opening');

function send(round: ReplyRound, text: string): ReplyRound {
	const sent = sendReply(round, text, opening);
	expect(sent.problem).toBeUndefined();
	return sent.round;
}

describe('sending', () => {
	it('analyses the reply (trimmed) and shows what applied', () => {
		const round = send(firstRound(), '  Wat speelt er bij jou?\n');
		expect(round.stage).toBe('answered');
		if (round.stage !== 'answered') return;
		expect(round.result.text).toBe('Wat speelt er bij jou?');
		expect(round.result.moves.map((m) => m.move)).toEqual(['open-vraag']);
	});

	it('refuses an empty reply in Dutch and keeps what was typed', () => {
		for (const text of ['', '   ', '\n\t']) {
			const sent = sendReply(firstRound(), text, opening);
			expect(sent.problem).toBe(REPLY_MESSAGES.empty);
			expect(sent.round).toEqual({ stage: 'writing', rewrites: 0, draft: text });
		}
	});

	it('refuses a reply longer than can be kept, and keeps it as the draft to shorten', () => {
		const long = 'a'.repeat(MAX_REPLY_LENGTH + 1);
		expect(replyProblem(long)).toBe(REPLY_MESSAGES.tooLong);
		expect(REPLY_MESSAGES.tooLong).toContain(String(MAX_REPLY_LENGTH));
		expect(sendReply(firstRound(), long, opening).round).toMatchObject({ stage: 'writing', draft: long });
		expect(replyProblem('a'.repeat(MAX_REPLY_LENGTH))).toBeUndefined();
	});
});

describe('rewriting once', () => {
	it('offers one rewrite, with the reply as the draft, then only going on', () => {
		const first = send(firstRound(), 'We beginnen met een vragenlijst.');
		expect(canRewrite(first)).toBe(true);
		const rewriting = rewriteReply(first);
		expect(rewriting).toEqual({ stage: 'writing', rewrites: 1, draft: 'We beginnen met een vragenlijst.' });
		const second = send(rewriting, 'Wat speelt er bij jou?');
		expect(second.stage).toBe('answered');
		expect(canRewrite(second)).toBe(false);
		expect(rewriteReply(second)).toBe(second);
	});

	it('keeps the count through a refused send', () => {
		const rewriting = rewriteReply(send(firstRound(), 'Hm.'));
		const refused = sendReply(rewriting, '  ', opening);
		expect(refused.round).toMatchObject({ stage: 'writing', rewrites: 1 });
		expect(canRewrite(send(refused.round, 'Vertel eens.'))).toBe(false);
	});

	it('cannot rewrite while writing, or send twice', () => {
		expect(canRewrite(firstRound())).toBe(false);
		expect(rewriteReply(firstRound())).toEqual(firstRound());
		const answered = send(firstRound(), 'Vertel eens.');
		expect(sendReply(answered, 'Iets anders.', opening).round).toBe(answered);
	});
});
