import { describe, expect, it } from 'vitest';
import { safePlace } from '$lib/safety/pause';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, writePreferences } from '$lib/safety/preferences';
import { memoryStore as store, refusingStore } from '../fake-store';

describe('the way back from the pause page', () => {
	it('accepts paths on this site', () => {
		expect(safePlace('/late-gevolgen/relaties/#wat-onderzoek-laat-zien')).toBe('/late-gevolgen/relaties/#wat-onderzoek-laat-zien');
	});

	it('refuses other sites, protocol-relative links, script URLs and the pause page itself', () => {
		// A backslash after the slash is read by browsers as a second slash: another site.
		for (const place of ['https://example.org/', '//example.org/', '/\\evil.example', 'javascript:alert(1)', '/pauze/', '', null]) {
			expect(safePlace(place)).toBeUndefined();
		}
	});
});

describe('safety preferences', () => {
	it('default to quotes shown, and read back what was written', () => {
		const s = store();
		expect(readPreferences(s)).toEqual(DEFAULT_PREFERENCES);
		expect(writePreferences(s, { version: 1, collapseQuotes: true })).toBe(true);
		expect(readPreferences(s)).toEqual({ version: 1, collapseQuotes: true });
	});

	it('fall back to the defaults on corrupt or foreign data without touching it', () => {
		for (const raw of ['{', '{"version":2,"collapseQuotes":"ja"}', '[]']) {
			const s = store({ [PREFERENCES_KEY]: raw });
			expect(readPreferences(s)).toEqual(DEFAULT_PREFERENCES);
			expect(s.data[PREFERENCES_KEY]).toBe(raw);
		}
	});

	it('cope with storage that is missing or refuses', () => {
		expect(readPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
		expect(readPreferences(refusingStore)).toEqual(DEFAULT_PREFERENCES);
		expect(writePreferences(refusingStore, DEFAULT_PREFERENCES)).toBe(false);
	});
});
