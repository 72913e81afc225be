/** A zip of text files, made in the browser (nothing is uploaded). */
import { strToU8, zipSync } from 'fflate';

export function zipTextFiles(files: Record<string, string>): Uint8Array {
	return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
}
