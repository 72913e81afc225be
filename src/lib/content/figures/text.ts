/**
 * Text in a drawing. SVG does not wrap lines, so the build does: widths are estimated from the
 * letters, on the wide side (system fonts differ; DejaVu Sans, common on Linux, is among the widest), and a word too
 * long for its line is broken with a hyphen rather than drawn past the edge.
 */

/** Width of a character as a share of the font size, by rough class of letter. */
function charWidth(char: string): number {
	if (/[ijlIft.,:;'!|()[\]\s’‘]/.test(char)) return 0.33;
	if (/[mwMW@%€]/.test(char)) return 0.92;
	if (/[A-Z]/.test(char)) return 0.72;
	if (/[0-9]/.test(char)) return 0.64;
	return 0.6;
}

/** Estimated width of a text at a font size, in drawing units. */
export function textWidth(text: string, size: number, bold = false): number {
	let width = 0;
	for (const char of text) width += charWidth(char);
	return width * size * (bold ? 1.08 : 1);
}

/** A text in lines no wider than `width`; words stay whole unless one alone is too wide. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (textWidth(candidate, size, bold) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		let rest = word;
		while (textWidth(rest, size, bold) > width) {
			const cut = longestFit(rest, width, size, bold);
			lines.push(`${rest.slice(0, cut)}-`);
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}

/** How many characters of a word fit on a line, leaving room for a hyphen (at least one). */
function longestFit(word: string, width: number, size: number, bold: boolean): number {
	let cut = 1;
	while (cut < word.length - 1 && textWidth(`${word.slice(0, cut + 1)}-`, size, bold) <= width) cut++;
	return cut;
}
