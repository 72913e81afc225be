/** Text made safe to place in HTML (and in SVG inside HTML): as text, never as markup. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * A table in a region of its own that scrolls sideways (a phone never pans the whole page),
 * named "Tabel: …" and reachable by keyboard so it can be scrolled without a mouse.
 */
export function scrollingTable(name: string, tableHtml: string): string {
	return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(`Tabel: ${name}`)}">${tableHtml}</div>`;
}
