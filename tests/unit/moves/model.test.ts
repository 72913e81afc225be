import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReply, findHits } from '$lib/moves/analyse';
import { replyFeatures } from '$lib/moves/features';
import { parseLabelled } from '$lib/moves/labelled';
import { MODEL_MOVES, MODEL_THRESHOLD, modelHits, type MoveModel } from '$lib/moves/model';
import shipped from '$lib/moves/model.json';
import { readForMoves } from '$lib/moves/reader';
import { trainModel } from '$lib/moves/train';

describe('replyFeatures', () => {
	it('gives words, neighbours within a sentence, and a question mark, with their tokens', () => {
		const features = replyFeatures(readForMoves('Kop op. Toch?'));
		expect([...features.keys()]).toEqual(['w:kop', 'b:kop_op', 'w:op', 'w:toch', '?']);
		expect(features.get('b:kop_op')).toEqual([0, 1]);
		expect(features.get('?')).toEqual([]);
	});
});

describe('modelHits', () => {
	const model: MoveModel = {
		features: ['w:toch', 'w:niet', 'b:kop_op'],
		moves: { bagatelliseren: { bias: -2, weights: [[0, 1.5], [1, -1], [2, 3]] } }
	};

	it('adds a move when its probability reaches the threshold, pointing at the words that weighed most', () => {
		expect(modelHits(model, readForMoves('Kop op joh.'))).toEqual([
			{ move: 'bagatelliseren', probability: 1 / (1 + Math.exp(-1)), tokens: [0, 1] }
		]);
		expect(1 / (1 + Math.exp(-1))).toBeGreaterThan(MODEL_THRESHOLD);
	});

	it('adds nothing below the threshold, and weighs negative features down', () => {
		expect(modelHits(model, readForMoves('Het is toch zo.'))).toEqual([]); // -2 + 1.5
		expect(modelHits(model, readForMoves('Kop op, toch niet?'))).toEqual([
			{ move: 'bagatelliseren', probability: 1 / (1 + Math.exp(-1.5)), tokens: [0, 1, 2] }
		]);
	});
});

describe('the model in the analyser', () => {
	const eager: MoveModel = {
		features: ['w:valt', 'w:wil'],
		moves: { bagatelliseren: { bias: 5, weights: [[0, 1]] }, 'keuze-geven': { bias: 5, weights: [[1, 1]] } }
	};
	const moves = (text: string) => [...new Set(findHits(readForMoves(text), eager).map((hit) => hit.move))];

	it('does not add back a move a rule matched and turned down', () => {
		// "valt ~3 mee" is bagatelliseren, but not after a negation: "dat valt niet mee" acknowledges.
		expect(moves('Dat valt niet mee.')).toEqual(['erkennen']);
	});

	it('only adds the moves it is allowed to', () => {
		expect(MODEL_MOVES).not.toContain('belofte');
		expect(moves('Wil je thee?')).toEqual(['bagatelliseren', 'gesloten-vraag']);
	});

	it('finds a move in a wording no rule lists, and says which words weighed', () => {
		const text = 'Dat is toch niet iets om zo lang bij stil te staan.';
		const hits = findHits(readForMoves(text));
		expect(hits.map((hit) => [hit.move, hit.source])).toEqual([['bagatelliseren', 'model']]);
		const found = analyseReply(text).found[0]!;
		expect(found.confidence).toBeGreaterThan(MODEL_THRESHOLD);
		expect(found.evidence.map((e) => e.text).join(' ')).toMatch(/toch/);
	});
});

describe('trainModel', () => {
	const examples = ['Kop op.', 'Kop op joh.', 'Hoe gaat het?', 'Wat fijn.', 'Kop op, het valt mee.', 'Dank je.'].map((text, i) => ({
		reply: readForMoves(text),
		moves: i === 0 || i === 1 || i === 4 ? (['bagatelliseren'] as const) : ([] as const)
	}));

	it('learns which words go with a move, the same every time', () => {
		const model = trainModel(examples);
		expect(trainModel(examples)).toEqual(model);
		const weight = (feature: string) =>
			model.moves.bagatelliseren!.weights.find(([index]) => model.features[index] === feature)?.[1] ?? 0;
		expect(weight('w:kop')).toBeGreaterThan(0.5);
		expect(weight('w:fijn')).toBeLessThan(0);
		expect(model.moves.bagatelliseren!.bias).toBeLessThan(0);
	});

	it('keeps only the strongest weights per move', () => {
		const model = trainModel(examples, { epochs: 300, rate: 2.5, l2: 0.3, keep: 2, decimals: 2 });
		expect(model.moves.bagatelliseren!.weights).toHaveLength(2);
		expect(Object.keys(model.moves).sort()).toEqual([...MODEL_MOVES].sort());
	});

	it('matches the shipped model.json (run npm run moves:train after changing the training set)', () => {
		const file = 'tests/fixtures/moves/train.jsonl';
		const { replies } = parseLabelled(readFileSync(file, 'utf8'), file);
		const retrained = trainModel(replies.map(({ text, moves }) => ({ reply: readForMoves(text), moves })));
		expect(retrained).toEqual(shipped);
	});
});
