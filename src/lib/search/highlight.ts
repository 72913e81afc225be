/**
 * Highlighted text as plain segments for the UI to render (as text, never as HTML). Kept free
 * of the search code so a page can show highlights without loading lunr.
 */
import type { TextRange, TextSegment } from './types';

/**
 * Splits a text into marked and unmarked pieces for rendering. Ranges may come in any order and
 * overlap; they are clamped to the text and merged.
 */
export function highlightSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
	const segments: TextSegment[] = [];
	let position = 0;
	for (const [start, end] of mergeRanges(text.length, ranges)) {
		if (start > position) segments.push({ text: text.slice(position, start), mark: false });
		segments.push({ text: text.slice(start, end), mark: true });
		position = end;
	}
	if (position < text.length) segments.push({ text: text.slice(position), mark: false });
	return segments;
}

function mergeRanges(textLength: number, ranges: readonly TextRange[]): [number, number][] {
	const clamped = ranges
		.map(([start, end]): [number, number] => [Math.max(0, start), Math.min(textLength, end)])
		.filter(([start, end]) => end > start)
		.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of clamped) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
