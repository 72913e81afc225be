/**
 * Progress as a file: the export the learner downloads, and the checks an imported file must
 * pass before anything is merged. A file is outside our control (another course, an edited
 * file, a newer version of Bamboe, a wrong pick in the file dialog), so every step says in
 * plain Dutch why a file is refused, and a refused file changes nothing.
 */
import * as v from 'valibot';
import { PROGRESS_VERSION, progressSchema, type Progress } from './schema';

/** The marker that tells our files apart from any other JSON a learner might pick. */
export const EXPORT_FORMAT = 'bamboe-voortgang';
/** The version of the file layout (the envelope); the progress inside carries its own. */
export const EXPORT_VERSION = 1;
/** Real exports are a few hundred KB at most; anything bigger is not ours and is not read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export const exportFileSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	version: v.literal(EXPORT_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	progress: progressSchema
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;

export const IMPORT_MESSAGES = {
	tooBig: 'Dit bestand is te groot (meer dan 1 MB) om een Bamboe-voortgangsbestand te zijn. Er is niets veranderd.',
	unreadable: 'Dit bestand kon niet gelezen worden. Probeer het nog eens. Er is niets veranderd.',
	corrupt: 'Dit bestand is beschadigd of is geen voortgangsbestand: het is geen leesbare JSON. Er is niets veranderd.',
	foreign:
		'Dit bestand is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.',
	future:
		'Dit bestand komt uit een nieuwere versie van de cursus. Deze versie kan het niet lezen. Er is niets veranderd.',
	shape: 'Dit voortgangsbestand is onvolledig of aangepast, en kan daarom niet ingelezen worden. Er is niets veranderd.',
	/** Not about the file: the progress stored here can't be read, and must not be overwritten. */
	blocked:
		'Je opgeslagen voortgang kan nu niet gelezen worden. Inlezen zou die overschrijven; daarom kan het pas als je die eerst wist met ‘Wis al je voortgang’. Er is niets veranderd.'
} as const;

export type ImportProblem = keyof typeof IMPORT_MESSAGES;

export type ImportCheck =
	| { ok: true; progress: Progress; exportedAt: string }
	| { ok: false; problem: ImportProblem; message: string };

const refuse = (problem: ImportProblem): ImportCheck => ({ ok: false, problem, message: IMPORT_MESSAGES[problem] });

/** The envelope around progress, as it is written to the file. */
export function createExport(progress: Progress, now: Date): ExportFile {
	return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), progress };
}

/** Indented, so a curious learner (or their employer) can read what is in it. */
export function serialiseExport(progress: Progress, now: Date): string {
	return `${JSON.stringify(createExport(progress, now), null, 2)}\n`;
}

/** `bamboe-voortgang-2026-03-14.json`, with the learner's local date. */
export function exportFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${EXPORT_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Checked on the file's size before a single byte is read. */
export function checkImportSize(bytes: number): ImportCheck | undefined {
	return bytes > MAX_IMPORT_BYTES ? refuse('tooBig') : undefined;
}

/**
 * Checks the text of an imported file, in the order that gives the most useful message: not
 * JSON, not ours, newer than us, ours but damaged.
 */
export function parseImport(text: string): ImportCheck {
	// Also guards callers that got the text some other way than from a size-checked file; a
	// text's length in characters is never more than its size in bytes.
	if (text.length > MAX_IMPORT_BYTES) return refuse('tooBig');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('corrupt');
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
		return refuse('foreign');
	}
	const { version, progress } = data as { version?: unknown; progress?: unknown };
	const progressVersion = typeof progress === 'object' && progress !== null ? (progress as { version?: unknown }).version : undefined;
	if (isNewer(version, EXPORT_VERSION) || isNewer(progressVersion, PROGRESS_VERSION)) return refuse('future');
	const result = v.safeParse(exportFileSchema, data);
	if (!result.success) return refuse('shape');
	return { ok: true, progress: result.output.progress, exportedAt: result.output.exportedAt };
}

function isNewer(version: unknown, ours: number): boolean {
	return typeof version === 'number' && version > ours;
}
