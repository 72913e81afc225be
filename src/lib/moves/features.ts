/**
 * What the model (model.ts) sees of a reply: its words (`w:` + the spelled word), pairs of
 * neighbouring words in one sentence (`b:` + both), and `?` when it asks something. Each feature
 * keeps the tokens it came from, so a move the model finds can point at its words.
 */
import type { Reply } from './tokens';

export function replyFeatures(reply: Reply): Map<string, number[]> {
	const features = new Map<string, number[]>();
	const add = (feature: string, ...tokens: number[]) => features.set(feature, [...(features.get(feature) ?? []), ...tokens]);
	reply.tokens.forEach((token, at) => {
		add(`w:${token.word}`, at);
		const next = reply.tokens[at + 1];
		if (next && next.sentence === token.sentence) add(`b:${token.word}_${next.word}`, at, at + 1);
	});
	if (reply.sentences.some((sentence) => sentence.question)) add('?');
	return features;
}
