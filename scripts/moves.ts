/**
 * `npm run -s moves -- FILE`: analyses every line of FILE as one reply and prints, per line and in
 * the same order, one JSON object: `{"text": ..., "moves": [...], "evidence": [{"move": ...,
 * "words": ...}]}`. An empty line gives `"moves": []`. `-` reads from standard input. Nothing else
 * goes to standard output; problems go to standard error with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { analyseReply } from '$lib/moves/analyse';
import type { MoveId } from '$lib/moves/ids';

const USAGE = 'Gebruik: npm run -s moves -- BESTAND   (één antwoord per regel; - leest van standaardinvoer)';

export interface MovesLine {
	text: string;
	moves: MoveId[];
	/** Per move found, its words as they stand in the text; separate stretches joined by " … ". */
	evidence: { move: MoveId; words: string }[];
}

export function analyseLine(text: string): MovesLine {
	const { moves, found } = analyseReply(text);
	return {
		text,
		moves,
		evidence: found.map(({ move, evidence }) => ({ move, words: evidence.map((e) => e.text).join(' … ') }))
	};
}

export async function main(args: string[]): Promise<number> {
	const file = args[0];
	if (!file || args.length > 1) {
		console.error(USAGE);
		return 2;
	}
	let input: string;
	try {
		input = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EISDIR' ? 'dat is een map' : String(code ?? error);
		console.error(`Kan ${file} niet lezen: ${why}.\n${USAGE}`);
		return 2;
	}
	const lines = input.split(/\r?\n/);
	if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line does not start another
	process.stdout.write(lines.map((line) => JSON.stringify(analyseLine(line)) + '\n').join(''));
	return 0;
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
