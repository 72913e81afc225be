import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOVE_IDS } from '$lib/moves/ids';
import { parseLabelled } from '$lib/moves/labelled';

describe('parseLabelled', () => {
	it('reads one reply per line and skips blank lines', () => {
		const { replies, problems } = parseLabelled('{"text": "Hoe gaat het?", "moves": ["open-vraag"]}\n\n{"text": "Hm.", "moves": []}\n', 'x.jsonl');
		expect(problems).toEqual([]);
		expect(replies).toEqual([
			{ text: 'Hoe gaat het?', moves: ['open-vraag'], line: 1 },
			{ text: 'Hm.', moves: [], line: 3 }
		]);
	});

	it('names file, line and what to do for every bad line, and keeps the good ones', () => {
		const source = [
			'{"text": "Goed.", "moves": []}',
			'{"text": "a", "moves": ["open-vraagg"]}',
			'not json',
			'{"text": "b", "moves": ["haast", "haast"]}',
			'{"text": "c", "moves": "haast"}',
			'{"text": "d", "moves": [], "extra": 1}',
			'{"moves": []}'
		].join('\n');
		const { replies, problems } = parseLabelled(source, 'set.jsonl');
		expect(replies.map((r) => r.text)).toEqual(['Goed.']);
		expect(problems).toHaveLength(6);
		expect(problems[0]).toMatch(/^set\.jsonl:2: moves\.0: onbekende move; kies uit open-vraag, /);
		expect(problems[1]).toMatch(/^set\.jsonl:3: geen geldige JSON/);
		expect(problems[2]).toMatch(/^set\.jsonl:4: .*twee keer/);
		expect(problems[3]).toMatch(/^set\.jsonl:5: moves: moet een lijst zijn/);
		expect(problems[4]).toMatch(/^set\.jsonl:6: extra: ontbreekt of hoort er niet bij/);
		expect(problems[5]).toMatch(/^set\.jsonl:7: text: ontbreekt of hoort er niet bij/);
	});
});

describe('the labelled sets in the repository', () => {
	const read = (split: string) => {
		const file = `tests/fixtures/moves/${split}.jsonl`;
		return parseLabelled(readFileSync(file, 'utf8'), file);
	};
	const train = read('train');
	const test = read('test');

	it('are valid', () => {
		expect(train.problems).toEqual([]);
		expect(test.problems).toEqual([]);
	});

	it('hold at least 300 replies, at least 100 of them held out for testing', () => {
		expect(train.replies.length + test.replies.length).toBeGreaterThanOrEqual(300);
		expect(test.replies.length).toBeGreaterThanOrEqual(100);
	});

	it('have at least 8 replies per move in the test set, and replies with no move', () => {
		for (const move of MOVE_IDS) {
			expect(test.replies.filter((r) => r.moves.includes(move)).length, move).toBeGreaterThanOrEqual(8);
		}
		expect(test.replies.filter((r) => r.moves.length === 0).length).toBeGreaterThanOrEqual(8);
	});

	it('do not share a reply between train and test', () => {
		const normalised = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		const inTrain = new Set(train.replies.map((r) => normalised(r.text)));
		expect(test.replies.filter((r) => inTrain.has(normalised(r.text))).map((r) => r.text)).toEqual([]);
	});
});
