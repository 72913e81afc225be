/**
 * Trains the model of model.ts: per move, logistic regression on the features of features.ts,
 * by plain gradient descent from zero (so the same data always gives the same weights), with L2
 * regularisation; then only the strongest weights per move are kept. Settings were chosen by
 * training on the older part of the training set and scoring the newer part.
 */
import { MOVE_IDS, type MoveId } from './ids';
import { replyFeatures } from './features';
import { MODEL_MOVES, type MoveModel } from './model';
import type { Reply } from './tokens';

export interface TrainingExample {
	reply: Reply;
	moves: readonly MoveId[];
}

export const TRAINING = { epochs: 300, rate: 2.5, l2: 0.3, keep: 25, decimals: 2 };

export function trainModel(examples: readonly TrainingExample[], settings = TRAINING): MoveModel {
	const index = new Map<string, number>();
	const rows = examples.map(({ reply }) =>
		[...replyFeatures(reply).keys()].map((feature) => index.get(feature) ?? index.set(feature, index.size).get(feature)!)
	);
	const names = [...index.keys()];
	const model: MoveModel = { features: [], moves: {} };
	const kept = new Map<number, number>(); // feature index in training -> index in the model
	for (const move of MOVE_IDS.filter((id) => MODEL_MOVES.includes(id))) {
		const labels = examples.map((example) => (example.moves.includes(move) ? 1 : 0));
		const { weights, bias } = fit(rows, labels, names.length, settings);
		const strongest = [...weights.keys()]
			.filter((feature) => weights[feature] !== 0)
			.sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b)
			.slice(0, settings.keep)
			.sort((a, b) => a - b);
		model.moves[move] = {
			bias: round(bias, settings.decimals),
			weights: strongest.map((feature) => {
				if (!kept.has(feature)) kept.set(feature, kept.size);
				return [kept.get(feature)!, round(weights[feature]!, settings.decimals)];
			})
		};
	}
	model.features = [...kept.keys()].map((feature) => names[feature]!);
	return model;
}

/** Full-batch gradient descent on the log loss; rows are lists of present feature indices. */
function fit(rows: readonly number[][], labels: readonly number[], size: number, settings: typeof TRAINING) {
	const weights = new Float64Array(size);
	let bias = 0;
	const n = rows.length;
	for (let epoch = 0; epoch < settings.epochs; epoch++) {
		const gradient = new Float64Array(size);
		let biasGradient = 0;
		rows.forEach((row, i) => {
			const logit = row.reduce((sum, feature) => sum + weights[feature]!, bias);
			const error = 1 / (1 + Math.exp(-logit)) - labels[i]!;
			for (const feature of row) gradient[feature]! += error;
			biasGradient += error;
		});
		for (let feature = 0; feature < size; feature++) {
			weights[feature]! -= settings.rate * ((gradient[feature]! + settings.l2 * weights[feature]!) / n);
		}
		bias -= (settings.rate * biasGradient) / n;
	}
	return { weights, bias };
}

function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}
