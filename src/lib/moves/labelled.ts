/**
 * Reads a file of labelled replies (JSON Lines: `{"text": "...", "moves": ["open-vraag"]}` per
 * line), as used by the bench and the tests. Every bad line is reported with its line number and
 * what to do; nothing is silently skipped.
 */
import * as v from 'valibot';
import { MOVE_IDS, type MoveId } from './ids';

export interface LabelledReply {
	text: string;
	moves: MoveId[];
	/** 1-based line in the file. */
	line: number;
}

const LineSchema = v.strictObject(
	{
		text: v.string('moet tekst zijn'),
		moves: v.pipe(
			v.array(v.picklist(MOVE_IDS, `onbekende move; kies uit ${MOVE_IDS.join(', ')}`), 'moet een lijst zijn, bijvoorbeeld ["erkennen"]'),
			v.check((moves) => new Set(moves).size === moves.length, 'een move staat er twee keer in')
		)
	},
	'ontbreekt of hoort er niet bij; een regel heeft precies "text" en "moves"'
);

export function parseLabelled(source: string, file: string): { replies: LabelledReply[]; problems: string[] } {
	const replies: LabelledReply[] = [];
	const problems: string[] = [];
	source.split(/\r?\n/).forEach((content, index) => {
		const line = index + 1;
		if (content.trim() === '') return;
		let data: unknown;
		try {
			data = JSON.parse(content);
		} catch {
			problems.push(`${file}:${line}: geen geldige JSON. Schrijf één object per regel: {"text": "...", "moves": ["open-vraag"]}.`);
			return;
		}
		const result = v.safeParse(LineSchema, data);
		if (result.success) replies.push({ ...result.output, line });
		else {
			const where = (issue: v.BaseIssue<unknown>) => v.getDotPath(issue) ?? 'regel';
			for (const issue of result.issues) problems.push(`${file}:${line}: ${where(issue)}: ${issue.message}.`);
		}
	});
	return { replies, problems };
}
