/**
 * The course's mark and module icons: small SVG of its own (no images from elsewhere), an icon
 * for every name module.md may use, and a clear message for a name that is not one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODULE_ICON, MODULE_ICON_NAMES } from '$lib/module-icons';
import { loadWith, validFiles } from '../content/fixture';

const sprite = readFileSync('static/module-icons.svg', 'utf8');
const module = 'modules/01-basis/module.md';

describe('module icons', () => {
	it('has a symbol in the sprite for every name, and no other', () => {
		const ids = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual([...MODULE_ICON_NAMES]);
	});

	it('draws each icon in a few hundred bytes, in the text colour, from nothing outside the file', () => {
		for (const [, symbol] of sprite.matchAll(/(<symbol[\s\S]*?<\/symbol>)/g)) expect(symbol!.length).toBeLessThan(400);
		expect(sprite).toContain('stroke:currentColor');
		expect(sprite).not.toMatch(/href=|url\(/);
	});

	it('is taken from module.md, with the leaf when none is named', async () => {
		const named = await loadWith({ [module]: validFiles[module]!.replace('minutes: 20', 'minutes: 20\nicon: kompas') });
		expect(named.problems).toEqual([]);
		expect(named.course!.modules[0]!.icon).toBe('kompas');
		const none = await loadWith();
		expect(none.course!.modules[0]!.icon).toBe(DEFAULT_MODULE_ICON);
	});

	it('refuses a name that is no icon, with the nearest name', async () => {
		const { messages } = await loadWith({ [module]: validFiles[module]!.replace('minutes: 20', 'minutes: 20\nicon: rastr') });
		expect(messages).toEqual([`${module}:5 icon: onbekend icoon "rastr". Bedoel je "raster"?`]);
		const far = await loadWith({ [module]: validFiles[module]!.replace('minutes: 20', 'minutes: 20\nicon: zon') });
		expect(far.messages).toEqual([`${module}:5 icon: onbekend icoon "zon". Kies uit ${MODULE_ICON_NAMES.join(', ')}.`]);
	});
});

describe('the bamboo mark', () => {
	it('is a few hundred bytes, as the favicon and in the header', () => {
		const favicon = readFileSync('static/favicon.svg', 'utf8');
		expect(favicon.length).toBeLessThan(500);
		const header = readFileSync('src/lib/components/SiteHeader.svelte', 'utf8');
		// The same drawing: the stems and the leaf of the favicon are in the header.
		for (const d of favicon.matchAll(/ d="([^"]+)"/g)) expect(header).toContain(d[1]);
	});
});
