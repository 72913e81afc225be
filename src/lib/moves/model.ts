/**
 * A small logistic-regression model per move, trained at build time on the labelled training
 * replies (train.ts, `npm run moves:train`) and shipped as model.json. It catches wordings the
 * rules do not list; the rules stay first. It may add only the moves where, trained on the older
 * part of the training set and scored on the newer part, it found more than the rules alone
 * without adding errors: summaries, time pressure, minimising and showing oneself. The other
 * moves turn on distinctions its words cannot see ("Wil je iets drinken?" is not a choice about
 * the conversation; "ik kan niet beloven" is no promise), so they are left to the rules.
 */
import type { MoveId } from './ids';
import { replyFeatures } from './features';
import type { Reply } from './tokens';

export interface MoveWeights {
	bias: number;
	/** [index into `features`, weight]; only the strongest weights are kept. */
	weights: [number, number][];
}

export interface MoveModel {
	features: string[];
	moves: Partial<Record<MoveId, MoveWeights>>;
}

/** Moves the model may add. */
export const MODEL_MOVES: readonly MoveId[] = ['samenvatten', 'haast', 'bagatelliseren', 'mens-zijn'];

/** A move counts when the model gives it at least this probability. */
export const MODEL_THRESHOLD = 0.4;
/** How many of the words that weigh most for a move are shown as its evidence. */
const EVIDENCE_FEATURES = 3;

export interface ModelHit {
	move: MoveId;
	probability: number;
	/** The tokens of the features that weighed most for the move. */
	tokens: number[];
}

export function modelHits(model: MoveModel, reply: Reply): ModelHit[] {
	const present = replyFeatures(reply);
	const hits: ModelHit[] = [];
	for (const move of MODEL_MOVES) {
		const weights = model.moves[move];
		if (!weights) continue;
		let logit = weights.bias;
		const pushing: [number, number[]][] = [];
		for (const [index, weight] of weights.weights) {
			const tokens = present.get(model.features[index]!);
			if (!tokens) continue;
			logit += weight;
			if (weight > 0) pushing.push([weight, tokens]);
		}
		const probability = 1 / (1 + Math.exp(-logit));
		if (probability < MODEL_THRESHOLD) continue;
		const strongest = pushing.sort((a, b) => b[0] - a[0]).slice(0, EVIDENCE_FEATURES);
		hits.push({ move, probability, tokens: [...new Set(strongest.flatMap(([, tokens]) => tokens))].sort((a, b) => a - b) });
	}
	return hits;
}
