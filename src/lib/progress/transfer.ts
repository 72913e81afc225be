/**
 * Progress as a file: the export the learner downloads, and the checks an imported file must
 * pass before anything is merged. A file is outside our control (another course, an edited
 * file, a newer version of Bamboe, a wrong pick in the file dialog), so every step says in
 * plain Dutch why a file is refused, and a refused file changes nothing. A file of ours with a
 * few damaged entries is not refused as a whole: the readable part can be imported, and the
 * learner is told what is left out.
 */
import * as v from 'valibot';
import { checkProgressDataFully, describeLost } from './rescue';
import { PROGRESS_VERSION, type Progress } from './schema';

import { EXPORT_FORMAT } from './file-name';

export { EXPORT_FORMAT, exportFileName } from './file-name';
/** The version of the file layout (the envelope); the progress inside carries its own. */
export const EXPORT_VERSION = 1;
/** Real exports are a few hundred KB at most; anything bigger is not ours and is not read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

const envelopeSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	version: v.literal(EXPORT_VERSION),
	exportedAt: v.pipe(
		v.string(),
		v.isoTimestamp(),
		v.check((text) => Number.isFinite(Date.parse(text)))
	),
	progress: v.record(v.string(), v.unknown())
});

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	progress: Progress;
}

export const IMPORT_MESSAGES = {
	tooBig: 'Dit bestand is te groot (meer dan 1 MB) om een Bamboe-voortgangsbestand te zijn. Er is niets veranderd.',
	unreadable: 'Dit bestand kon niet gelezen worden. Probeer het nog eens. Er is niets veranderd.',
	corrupt:
		'Dit bestand is beschadigd, of het is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.',
	foreign:
		'Dit bestand is geen voortgangsbestand van Bamboe. Kies het bestand dat je met ‘Download je voortgang’ hebt gemaakt. Er is niets veranderd.',
	future:
		'Dit bestand komt uit een nieuwere versie van de cursus. Deze versie kan het niet lezen. Er is niets veranderd.',
	shape: 'Dit voortgangsbestand is onvolledig of aangepast, en kan daarom niet ingelezen worden. Er is niets veranderd.',
	/** Not about the file: the progress stored here can't be read, and must not be overwritten. */
	blocked:
		'Je opgeslagen voortgang kan nu niet gelezen worden. Inlezen zou die overschrijven; daarom kan het pas als je eerst een keuze hebt gemaakt in de melding bovenaan de pagina. Er is niets veranderd.'
} as const;

export type ImportProblem = keyof typeof IMPORT_MESSAGES;

export type ImportCheck =
	| {
			ok: true;
			progress: Progress;
			exportedAt: string;
			/** What in the file could not be read and is left out, e.g. "1 scenariopoging". */
			lost?: { text: string; count: number };
	  }
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

/** Checked on the file's size before a single byte is read. */
export function checkImportSize(bytes: number): ImportCheck | undefined {
	return bytes > MAX_IMPORT_BYTES ? refuse('tooBig') : undefined;
}

/**
 * Checks the text of an imported file, in the order that gives the most useful message: not
 * JSON, not ours, newer than us, ours but damaged. Files of every older version are read.
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
	const envelope = v.safeParse(envelopeSchema, data);
	if (!envelope.success) return refuse('shape');
	const inside = checkProgressDataFully(envelope.output.progress, text);
	switch (inside.status) {
		case 'ok':
			return { ok: true, progress: inside.progress, exportedAt: envelope.output.exportedAt };
		case 'damaged':
			return { ok: true, progress: inside.progress, exportedAt: envelope.output.exportedAt, lost: { text: describeLost(inside.lost), count: Object.values(inside.lost).reduce((a, b) => a + b, 0) } };
		case 'future':
			return refuse('future');
		default:
			return refuse('shape');
	}
}

function isNewer(version: unknown, ours: number): boolean {
	return typeof version === 'number' && version > ours;
}
