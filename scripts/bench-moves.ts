/**
 * Conversation-move benchmark: precision, recall and F1 per move on the held-out labelled
 * replies, micro- and macro-F1, the time to analyse one reply and a 10,000-character reply, and
 * the analyser's size in the browser (minified + gzip).
 *
 *   node scripts/run-ts.js scripts/bench-moves.ts [--split=test|train] [--errors] [--rounds=N]
 *
 * --split  which labelled file to score (default: test, the held-out set)
 * --errors also list every reply where a move was missed or found wrongly (for work on the rules:
 *          use it with --split=train; looking at test errors to tune rules spoils the test)
 * --rounds how many times every reply is timed (default 20)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { analyseReply } from '$lib/moves/analyse';
import { evaluate, type Evaluation } from '$lib/moves/evaluate';
import { parseLabelled, type LabelledReply } from '$lib/moves/labelled';
import { option, percentile } from './lib/measure';

const GOALS = { microF1: 0.85, beloftePrecision: 0.9, longMs: 50, gzipBytes: 10 * 1024 };
const LONG_INPUT_CHARS = 10_000;

export async function main(args: string[]): Promise<number> {
	const split = option(args, 'split') ?? 'test';
	const rounds = Number(option(args, 'rounds') ?? 20);
	const file = `tests/fixtures/moves/${split}.jsonl`;
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch {
		console.error(`Kan ${file} niet lezen. Kies --split=test of --split=train.`);
		return 2;
	}
	const { replies, problems } = parseLabelled(source, file);
	if (problems.length > 0) {
		for (const problem of problems) console.error(problem);
		return 1;
	}

	const outcomes = replies.map((reply) => ({ expected: reply.moves, predicted: analyseReply(reply.text).moves }));
	const evaluation = evaluate(outcomes);
	console.log(`Bamboe conversation-move benchmark: ${file}, ${replies.length} replies\n`);
	printScores(evaluation);
	if (args.includes('--errors')) printErrors(replies, outcomes.map((o) => o.predicted));

	const timing = timeReplies(replies, rounds);
	const long = timeLongInput(replies);
	const gzipBytes = await analyserSize();
	console.log(`\nTime per reply (${replies.length} replies × ${rounds} rounds): median ${ms(timing.median)}, p95 ${ms(timing.p95)}`);
	console.log(`Time for one ${LONG_INPUT_CHARS.toLocaleString('en')}-character reply: best of 5 ${ms(long.best)}, median ${ms(long.median)}`);
	console.log(`Analyser in the browser (src/lib/moves/analyse.ts, minified + gzip): ${(gzipBytes / 1024).toFixed(1)} KB`);

	const belofte = evaluation.perMove.find((s) => s.move === 'belofte')!;
	const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'ok  ' : 'MISS'} ${text}`);
	console.log(`\nGoals (on ${split}):`);
	check(evaluation.micro.f1 >= GOALS.microF1, `micro-F1 ≥ ${GOALS.microF1}: ${evaluation.micro.f1.toFixed(3)}`);
	check(belofte.precision >= GOALS.beloftePrecision, `belofte precision ≥ ${GOALS.beloftePrecision}: ${belofte.precision.toFixed(3)}`);
	check(long.best < GOALS.longMs, `10,000 characters < ${GOALS.longMs} ms: ${ms(long.best)}`);
	check(gzipBytes <= GOALS.gzipBytes, `analyser ≤ 10 KB gzip: ${(gzipBytes / 1024).toFixed(1)} KB`);
	return 0;
}

function printScores(evaluation: Evaluation) {
	const line = (cells: string[]) => console.log(cells[0]!.padEnd(17) + cells.slice(1).map((c) => c.padStart(10)).join(''));
	const f = (value: number) => value.toFixed(3);
	line(['move', 'precision', 'recall', 'F1', 'support', 'TP', 'FP', 'FN']);
	for (const s of evaluation.perMove) {
		line([s.move, f(s.precision), f(s.recall), f(s.f1), String(s.support), String(s.truePositives), String(s.falsePositives), String(s.falseNegatives)]);
	}
	const { micro } = evaluation;
	line(['micro', f(micro.precision), f(micro.recall), f(micro.f1), '', String(micro.truePositives), String(micro.falsePositives), String(micro.falseNegatives)]);
	console.log(`macro-F1 ${f(evaluation.macroF1)}; replies with exactly the right moves: ${(evaluation.exactMatch * 100).toFixed(1)} %`);
}

function printErrors(replies: readonly LabelledReply[], predicted: readonly (readonly string[])[]) {
	console.log('\nErrors (- missed, + found but not labelled):');
	replies.forEach((reply, index) => {
		const found = predicted[index]!;
		const missed = reply.moves.filter((move) => !found.includes(move));
		const extra = found.filter((move) => !(reply.moves as readonly string[]).includes(move));
		if (missed.length + extra.length === 0) return;
		const marks = [...missed.map((m) => `-${m}`), ...extra.map((m) => `+${m}`)].join(' ');
		console.log(`  line ${String(reply.line).padStart(3)}  ${marks.padEnd(34)} ${reply.text}`);
	});
}

function timeReplies(replies: readonly LabelledReply[], rounds: number) {
	for (const reply of replies) analyseReply(reply.text); // warm up
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const reply of replies) {
			const started = performance.now();
			analyseReply(reply.text);
			times.push(performance.now() - started);
		}
	}
	times.sort((a, b) => a - b);
	return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** The labelled replies run together into one text of exactly 10,000 characters. */
export function longInput(replies: readonly { text: string }[]): string {
	let text = '';
	while (text.length < LONG_INPUT_CHARS) text += replies.map((r) => r.text).join(' ') + ' ';
	return text.slice(0, LONG_INPUT_CHARS);
}

function timeLongInput(replies: readonly LabelledReply[]) {
	const text = longInput(replies);
	const times: number[] = [];
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		analyseReply(text);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { best: times[0]!, median: times[2]! };
}

/**
 * Bundles the analyser alone, minified as the site's own chunks are, and measures it gzipped.
 * (Library builds in ES format keep their whitespace, so the bundle is built as a script.)
 */
async function analyserSize(): Promise<number> {
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: { entry: resolve('src/lib/moves/analyse.ts'), formats: ['iife'], name: 'moves', fileName: 'moves' }
		}
	})) as Rollup.RollupOutput | Rollup.RollupOutput[];
	const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
	return chunks.reduce((total, chunk) => total + (chunk.type === 'chunk' ? gzipSync(chunk.code).length : 0), 0);
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
