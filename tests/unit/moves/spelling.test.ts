import { describe, expect, it } from 'vitest';
import { oneEdit, spellWord, typoCorrector } from '$lib/moves/spelling';

describe('spellWord', () => {
	it('folds case and diacritics and undoes stretched letters', () => {
		expect(spellWord('Héél')).toBe('heel');
		expect(spellWord('heeeeel')).toBe('heel');
		expect(spellWord('ECHTTT')).toBe('echtt');
	});

	it('writes informal and chat spellings the way the rules do', () => {
		expect(['ff', 'k', 't', "'t", 'nie', 'wrm', 'oké', "m'n", 'm’n'].map(spellWord)).toEqual([
			'even', 'ik', 'het', 'het', 'niet', 'waarom', 'ok', 'mijn', 'mijn'
		]);
	});
});

describe('oneEdit', () => {
	it('tells a changed letter from one added, dropped or swapped', () => {
		expect(oneEdit('eensaam', 'eenzaam')).toBe('change');
		expect(oneEdit('begijp', 'begrijp')).toBe('shift');
		expect(oneEdit('begrijpp', 'begrijp')).toBe('shift');
		expect(oneEdit('begirjp', 'begrijp')).toBe('shift');
		expect(oneEdit('begrijp', 'begrijp')).toBeUndefined();
		expect(oneEdit('begrip', 'begrijp')).toBe('shift');
		expect(oneEdit('bgerijpt', 'begrijp')).toBeUndefined();
	});
});

describe('typoCorrector', () => {
	const correct = typoCorrector(['eenzaam', 'begrijp', 'pijnlijk', 'pijnlijke', 'slaag', 'bepaalt', 'beslist'], ['slaap']);

	it('corrects a word one slip away from exactly one rule word', () => {
		expect(correct('eensaam')).toBe('eenzaam');
		expect(correct('begijp')).toBe('begrijp');
		expect(correct('beslsit')).toBe('beslist');
	});

	it('prefers a dropped or added letter over a changed one', () => {
		expect(correct('pijnlijkk')).toBe('pijnlijk');
	});

	it('leaves known words, short words, and words with another first letter alone', () => {
		expect(correct('slaap')).toBe('slaap');
		expect(correct('niet')).toBe('niet');
		expect(correct('peszaam')).toBe('peszaam');
		expect(correct('eenzaam')).toBe('eenzaam');
	});

	it('changes a letter only in words of seven letters or more', () => {
		expect(correct('slaaf')).toBe('slaaf');
		expect(correct('bepaalr')).toBe('bepaalt');
	});
});
