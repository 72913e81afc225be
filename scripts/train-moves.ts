/**
 * `npm run moves:train`: trains the conversation-move model on tests/fixtures/moves/train.jsonl
 * (never on test.jsonl) and writes src/lib/moves/model.json. Run it after changing the training
 * replies or the rules' word lists; a unit test fails while model.json is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLabelled } from '$lib/moves/labelled';
import { readForMoves } from '$lib/moves/reader';
import { trainModel } from '$lib/moves/train';

export const TRAINING_FILE = 'tests/fixtures/moves/train.jsonl';
export const MODEL_FILE = 'src/lib/moves/model.json';

export function main(): number {
	const { replies, problems } = parseLabelled(readFileSync(TRAINING_FILE, 'utf8'), TRAINING_FILE);
	if (problems.length > 0) {
		for (const problem of problems) console.error(problem);
		return 1;
	}
	const model = trainModel(replies.map(({ text, moves }) => ({ reply: readForMoves(text), moves })));
	writeFileSync(MODEL_FILE, JSON.stringify(model) + '\n');
	const weights = Object.values(model.moves).reduce((n, move) => n + move.weights.length, 0);
	console.log(`${MODEL_FILE}: ${replies.length} replies, ${model.features.length} features, ${weights} weights.`);
	return 0;
}
