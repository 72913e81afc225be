/**
 * Valibot helpers shared by every content schema: objects that refuse unknown keys (all of
 * them, each with a "did you mean"), and the translation of valibot's issues into Dutch
 * problems an author can act on.
 */
import * as v from 'valibot';
import { didYouMean, type KeyPath, type Problem } from './problems';

type Entries = v.ObjectEntries;

/**
 * Like `v.strictObject`, but reports every unknown key rather than only the first, and names
 * the nearest known key. Authors often make several typos in one go; one pass should show all.
 */
export function strictObject<const TEntries extends Entries>(entries: TEntries) {
	const known = Object.keys(entries);
	return v.pipe(
		v.looseObject(entries, (issue) => typeMessage(issue)),
		v.rawCheck(({ dataset, addIssue }) => {
			const value: unknown = dataset.value;
			if (Array.isArray(value)) {
				addIssue({ message: 'verwacht een object met sleutels, gevonden een lijst' });
				return;
			}
			if (typeof value !== 'object' || value === null) return;
			for (const key of Object.keys(value)) {
				if (known.includes(key)) continue;
				addIssue({
					label: 'key',
					message: `onbekende sleutel "${key}". ${
						didYouMean(key, known) ?? `Toegestaan: ${known.join(', ')}.`
					}`,
					path: [
						{
							type: 'object',
							origin: 'key',
							input: value as Record<string, unknown>,
							key,
							value: (value as Record<string, unknown>)[key]
						}
					]
				});
			}
		})
		// Typed as the plain object schema: the unknown-key check adds issues, never output.
	) as unknown as v.ObjectSchema<TEntries, undefined>;
}

/**
 * An object whose `type` key picks the schema it is checked against (a figure type, a quiz
 * question type). A missing or unknown type is reported once, with the nearest known type; the
 * object is then checked against its type's schema, its issues keeping their paths. Without
 * `type`, `fallback` is taken when there is one (a quiz question without a type is multiple choice).
 */
export function byType<const TSchemas extends Record<string, v.GenericSchema>>(
	what: string,
	schemas: TSchemas,
	fallback?: keyof TSchemas & string
) {
	const types = Object.keys(schemas);
	const choose = `Kies ${types.slice(0, -1).map((t) => `"${t}"`).join(', ')} of "${types.at(-1)}".`;
	return v.pipe(
		v.unknown(),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const value = dataset.value;
			if (typeof value !== 'object' || value === null || Array.isArray(value)) {
				addIssue({ message: `verwacht een object met sleutels, gevonden ${describe(value)}` });
				return NEVER;
			}
			const record = value as Record<string, unknown>;
			const type = Object.hasOwn(record, 'type') ? record.type : fallback;
			if (type === undefined) {
				addIssue({ message: `"type" ontbreekt. ${choose}` });
				return NEVER;
			}
			if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) {
				const named = typeof type === 'string' ? `"${type}"` : describe(type);
				addIssue({
					message: `onbekend ${what} ${named}. ${(typeof type === 'string' && didYouMean(type, types)) || choose}`,
					path: [{ type: 'object', origin: 'value', input: record, key: 'type', value: type }]
				});
				return NEVER;
			}
			const result = v.safeParse(schemas[type]!, value);
			if (result.success) return result.output as v.InferOutput<TSchemas[keyof TSchemas]>;
			for (const issue of result.issues) {
				addIssue({ message: issue.message, input: issue.input, expected: issue.expected ?? undefined, received: issue.received, path: issue.path });
			}
			return NEVER;
		})
	);
}

/** The issue path from a value to one inside it: `keyPath(figure, ['bars', 2, 'display'])`. */
export function keyPath(root: unknown, keys: readonly (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
	const items: v.IssuePathItem[] = [];
	let input = root as Record<string | number, unknown>;
	for (const key of keys) {
		const value = input[key];
		items.push(
			typeof key === 'number'
				? { type: 'array', origin: 'value', input: input as unknown as unknown[], key, value }
				: { type: 'object', origin: 'value', input, key, value }
		);
		input = value as Record<string | number, unknown>;
	}
	return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/** Indexes of texts equal to an earlier one, ignoring case and spaces around them. */
export function sameTwice(values: readonly string[]): number[] {
	const seen = new Set<string>();
	return values.flatMap((value, i) => {
		const key = value.trim().toLowerCase();
		if (seen.has(key)) return [i];
		seen.add(key);
		return [];
	});
}

/** Text that must hold at least one non-space character. */
export const text = (what = 'tekst') =>
	v.pipe(
		v.string((issue) => `verwacht ${what}, gevonden ${describe(issue.input)}`),
		v.check((s) => s.trim().length > 0, `mag niet leeg zijn`)
	);

/** An integer in [min, max]. */
/** Text that may be left out. */
export const optionalText = (what?: string) => v.optional(text(what));

export const integerBetween = (min: number, max: number) =>
	v.pipe(
		v.number((issue) => `verwacht een geheel getal van ${min} tot ${max}, gevonden ${describe(issue.input)}`),
		v.integer((issue) => `verwacht een geheel getal, gevonden ${issue.input}`),
		v.minValue(min, (issue) => `${issue.input} is te klein: het laagste toegestane getal is ${min}`),
		v.maxValue(max, (issue) => `${issue.input} is te groot: het hoogste toegestane getal is ${max}`)
	);

/** Describes a received value in words, for messages ("een lijst", "het getal 3"). */
export function describe(value: unknown): string {
	if (value === undefined) return 'niets';
	if (value === null) return 'een lege waarde';
	if (Array.isArray(value)) return 'een lijst';
	if (typeof value === 'string') return `de tekst "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
	if (typeof value === 'number') return `het getal ${value}`;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'object') return 'een object met sleutels';
	return typeof value;
}

function typeMessage(issue: v.BaseIssue<unknown>): string {
	// A missing required key is reported by the object schema with expected `"key"`.
	if (issue.input === undefined && issue.expected?.startsWith('"')) {
		return `${issue.expected} ontbreekt`;
	}
	return `verwacht een object met sleutels, gevonden ${describe(issue.input)}`;
}

const expectedWords: Record<string, string> = {
	string: 'tekst',
	number: 'een getal',
	boolean: 'true of false',
	Array: 'een lijst',
	Object: 'een object met sleutels'
};

/** Valibot's own English messages, said in Dutch for the few types we use without a message. */
function dutchMessage(issue: v.BaseIssue<unknown>): string {
	const expected = issue.expected ?? '';
	const word =
		expectedWords[expected] ??
		(expected.includes('|') ? `één van: ${expected.replace(/[()"]/g, '').split(' | ').join(', ')}` : expected);
	return `verwacht ${word}, gevonden ${describe(issue.input)}`;
}

/** Converts valibot issues (with nested ones) into problems for one file. */
export function toProblems(
	issues: readonly v.BaseIssue<unknown>[],
	file: string,
	basePath: KeyPath = []
): Problem[] {
	return issues.map((issue) => {
		const path = [...basePath, ...(issue.path ?? []).map((item) => item.key as string | number)];
		// Valibot puts the missing key on the path; our message already names it.
		const missing = issue.input === undefined && issue.expected?.startsWith('"');
		return {
			file,
			path: missing ? path.slice(0, -1) : path,
			message: issue.message.startsWith('Invalid ') ? dutchMessage(issue) : issue.message,
			severity: 'error' as const
		};
	});
}

/** Runs a schema over a value and returns the typed output, or problems for the file. */
export function check<TSchema extends v.GenericSchema>(
	schema: TSchema,
	input: unknown,
	file: string,
	basePath: KeyPath = []
): { ok: true; value: v.InferOutput<TSchema> } | { ok: false; problems: Problem[] } {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, problems: toProblems(result.issues, file, basePath) };
}
