/**
 * Strict UTF-8 decoding for content files. A file saved in another encoding (or damaged) must
 * not reach learners with its letters silently replaced by "�"; the author is told the line.
 */
export type Decoded = { ok: true; text: string } | { ok: false; byte: number; line: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
	try {
		// Drops a leading byte order mark, which some Windows editors write.
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const byte = firstBadByte(bytes);
		let line = 1;
		for (let i = 0; i < byte; i++) if (bytes[i] === 0x0a) line++;
		return { ok: false, byte, line };
	}
}

/**
 * The index of the first byte that cannot be part of a character. A prefix that ends in the
 * middle of a character still decodes in streaming mode, so "the longest prefix that decodes"
 * ends right before the first bad byte, and a binary search finds it in a few decodes.
 */
function firstBadByte(bytes: Uint8Array): number {
	const decodes = (length: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	let good = 0;
	let bad = bytes.length;
	while (bad - good > 1) {
		const middle = Math.floor((good + bad) / 2);
		if (decodes(middle)) good = middle;
		else bad = middle;
	}
	// Decoding fails at byte `bad - 1`; the character it breaks may have started a little before.
	return startOfCharacter(bytes, bad - 1);
}

/** Where the character that `index` is part of starts: back over continuation bytes to its lead. */
function startOfCharacter(bytes: Uint8Array, index: number): number {
	for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
		const byte = bytes[j]!;
		if (byte >= 0xc0) return j + sequenceLength(byte) > index ? j : index;
		if (byte < 0x80) return index;
	}
	return index;
}

/** How many bytes a lead byte announces. */
function sequenceLength(lead: number): number {
	return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}
