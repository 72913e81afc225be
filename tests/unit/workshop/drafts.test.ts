import { describe, expect, it } from 'vitest';
import { deleteDraft, DRAFTS_KEY, DRAFTS_RESERVE_KEY, freeName, readDrafts, saveDraft } from '$lib/workshop/drafts';
import { memoryStore, refusingStore } from '../fake-store';

const target = { folder: '07-eigen-casus', fileName: 'eerste-gesprek.yaml' };
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('workshop drafts on the device', () => {
	it('keeps several drafts by name, newest first, and replaces one of the same name', () => {
		const store = memoryStore({ 'bamboe.voortgang': '{"version":4}' });
		expect(saveDraft(store, { name: 'Eerste', target, text: 'a' }, day(1))).toBe(true);
		expect(saveDraft(store, { name: 'Tweede', target, text: 'b' }, day(2))).toBe(true);
		expect(saveDraft(store, { name: 'Eerste', target, text: 'c' }, day(3))).toBe(true);
		expect(readDrafts(store).drafts.map((d) => [d.name, d.text])).toEqual([
			['Eerste', 'c'],
			['Tweede', 'b']
		]);
		expect(deleteDraft(store, 'Eerste')).toBe(true);
		expect(readDrafts(store).drafts.map((d) => d.name)).toEqual(['Tweede']);
		// Learner progress is someone else's: never read or changed here.
		expect(store.data['bamboe.voortgang']).toBe('{"version":4}');
	});

	it('reads what it can of damaged drafts and keeps the whole stored text aside before saving over it', () => {
		const raw = JSON.stringify({ version: 1, drafts: [{ name: 'Goed', target, text: 'x', savedAt: day(1).toISOString() }, { name: 3 }] });
		const store = memoryStore({ [DRAFTS_KEY]: raw });
		const read = readDrafts(store);
		expect(read.drafts.map((d) => d.name)).toEqual(['Goed']);
		expect(read.unreadable).toEqual({ raw, lost: 1 });
		saveDraft(store, { name: 'Nieuw', target, text: 'y' }, day(2));
		expect(store.data[DRAFTS_RESERVE_KEY]).toBe(raw);
		expect(readDrafts(store)).toEqual({ drafts: [expect.objectContaining({ name: 'Nieuw' }), expect.objectContaining({ name: 'Goed' })] });
	});

	it('treats text that is not drafts at all as unreadable, and never replaces an earlier copy aside', () => {
		const store = memoryStore({ [DRAFTS_KEY]: 'geen json', [DRAFTS_RESERVE_KEY]: 'ouder' });
		expect(readDrafts(store)).toEqual({ drafts: [], unreadable: { raw: 'geen json', lost: 1 } });
		saveDraft(store, { name: 'Nieuw', target, text: 'y' }, day(2));
		expect(store.data[DRAFTS_RESERVE_KEY]).toBe('ouder');
		expect(readDrafts(store).drafts.map((d) => d.name)).toEqual(['Nieuw']);
	});

	it('says so when the device refuses, and reads nothing there', () => {
		expect(saveDraft(refusingStore, { name: 'x', target, text: 'y' }, day(1))).toBe(false);
		expect(readDrafts(refusingStore)).toEqual({ drafts: [] });
		expect(saveDraft(undefined, { name: 'x', target, text: 'y' }, day(1))).toBe(false);
	});

	it('finds a free name', () => {
		const drafts = readDrafts(memoryStore()).drafts;
		expect(freeName('Nieuw scenario', drafts)).toBe('Nieuw scenario');
		const store = memoryStore();
		saveDraft(store, { name: 'Nieuw scenario', target, text: '' }, day(1));
		saveDraft(store, { name: 'Nieuw scenario (2)', target, text: '' }, day(2));
		expect(freeName('Nieuw scenario', readDrafts(store).drafts)).toBe('Nieuw scenario (3)');
	});
});
