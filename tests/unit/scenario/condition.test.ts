import { describe, expect, it } from 'vitest';
import { evaluateCondition, parseCondition, type Condition } from '$lib/scenario/condition';
import { canEverHold, type Domain } from '$lib/scenario/satisfiable';

function tree(source: string): Condition {
	const result = parseCondition(source);
	if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
	return result.tree;
}

function error(source: string) {
	const result = parseCondition(source);
	if (result.ok) throw new Error(`${source} zou niet moeten parsen`);
	return result.error;
}

const holds = (source: string, trust: number, totals: Record<string, number> = {}) =>
	evaluateCondition(tree(source), { trust, totals });

describe('parseCondition', () => {
	it('reads a single comparison', () => {
		expect(tree('trust >= 2')).toEqual({ kind: 'compare', name: 'trust', op: '>=', value: 2, position: 0 });
	});

	it('reads negative numbers and needs no spaces', () => {
		expect(tree('regie>-2')).toEqual({ kind: 'compare', name: 'regie', op: '>', value: -2, position: 0 });
	});

	it('binds and tighter than or', () => {
		expect(tree('trust > 1 or regie >= 2 and tempo < 0')).toEqual({
			kind: 'or',
			terms: [
				{ kind: 'compare', name: 'trust', op: '>', value: 1, position: 0 },
				{
					kind: 'and',
					terms: [
						{ kind: 'compare', name: 'regie', op: '>=', value: 2, position: 13 },
						{ kind: 'compare', name: 'tempo', op: '<', value: 0, position: 28 }
					]
				}
			]
		});
	});

	it('keeps chains of one connective flat', () => {
		const parsed = tree('trust > 0 and regie > 0 and tempo > 0');
		expect(parsed.kind).toBe('and');
		expect(parsed.kind === 'and' && parsed.terms).toHaveLength(3);
	});

	it.each([
		['trust => 2', 6, 'verwacht een vergelijking zoals "trust >= 2", gevonden "=>"', 'Bedoel je ">="?'],
		['trust = 2', 6, 'verwacht een vergelijking zoals "trust >= 2", gevonden "="', 'Bedoel je "=="?'],
		['trust 2', 6, 'verwacht een vergelijking zoals "trust >= 2", gevonden "2"', 'Gebruik een van: <, <=, >, >=, ==, !=.'],
		['trust >= hoog', 9, 'verwacht een geheel getal, gevonden "hoog"', 'Gebruik een geheel getal, zoals 2 of -1.'],
		['trust >= 1.5', 9, 'verwacht een geheel getal, gevonden "1.5"', 'Gebruik een geheel getal, zoals 2 of -1.'],
		['trust >= 2 en regie > 1', 11, 'verwacht "and" of "or", gevonden "en"', 'Schrijf "and" in plaats van "en".'],
		['trust >= 2 && regie > 1', 11, 'verwacht "and" of "or", gevonden "&&"', 'Schrijf "and" in plaats van "&&".'],
		['trust >= 2 and', 14, 'verwacht een naam: trust, een dimensie uit rubric of een vlag, zoals in "trust >= 2", maar de voorwaarde houdt hier op', undefined],
		['', 0, 'verwacht een naam: trust, een dimensie uit rubric of een vlag, zoals in "trust >= 2", maar de voorwaarde houdt hier op', undefined],
		['(trust > 1)', 0, 'verwacht een naam: trust, een dimensie uit rubric of een vlag, zoals in "trust >= 2", gevonden "("', 'Haakjes kunnen niet: "and" gaat altijd voor "or". Schrijf de voorwaarde zonder haakjes.'],
		['trust > 1 or and regie > 1', 13, 'verwacht een naam: trust, een dimensie uit rubric of een vlag, zoals in "trust >= 2", gevonden "and"', undefined],
		['trust >', 7, 'verwacht een geheel getal, maar de voorwaarde houdt hier op', 'Gebruik een geheel getal, zoals 2 of -1.'],
		['trust > 1 regie', 10, 'verwacht "and" of "or", gevonden "regie"', undefined]
	])('refuses %j at offset %i', (source, position, message, hint) => {
		expect(error(source)).toEqual({ message, position, hint });
	});

	it.each([
		['regie == 9007199254740992', 9, '9007199254740992'],
		['trust > -1001', 8, '-1001'],
		[`regie >= ${'9'.repeat(400)}`, 9, `${'9'.repeat(20)}…`]
	])('refuses the literal in %j as too large, at offset %i', (source, position, shown) => {
		expect(error(source)).toEqual({
			message: `getal te groot: een voorwaarde vergelijkt met getallen van -1000 tot 1000, gevonden "${shown}"`,
			position,
			hint: 'Scores per keuze liggen tussen -3 en 3 en trust tussen -5 en 5: een grens buiten -1000 tot 1000 wordt nooit bereikt.'
		});
	});

	it('accepts literals up to the bound', () => {
		expect(tree('regie <= 1000 and regie >= -1000')).toMatchObject({ kind: 'and' });
	});

	it('never runs the text as code', () => {
		expect(parseCondition('process.exit(1)').ok).toBe(false);
		expect(parseCondition('constructor >= 1').ok).toBe(true);
		expect(holds('constructor >= 1', 0)).toBe(false);
	});
});

describe('evaluateCondition', () => {
	it.each([
		['trust < 2', 1, true],
		['trust < 2', 2, false],
		['trust <= 2', 2, true],
		['trust <= 2', 3, false],
		['trust > 2', 3, true],
		['trust > 2', 2, false],
		['trust >= 2', 2, true],
		['trust >= 2', 1, false],
		['trust == -1', -1, true],
		['trust == -1', 1, false],
		['trust != 0', 1, true],
		['trust != 0', 0, false]
	])('%s with trust %i is %s', (source, trust, expected) => {
		expect(holds(source, trust)).toBe(expected);
	});

	it('reads a name JavaScript objects carry (constructor, toString) as any other missing total: 0', () => {
		expect(holds('constructor == 0', 0, {})).toBe(true);
		expect(holds('toString < 1 and valueOf > -1', 0, {})).toBe(true);
	});

	it('reads rubric totals, missing ones as 0', () => {
		expect(holds('regie >= 2', 0, { regie: 2 })).toBe(true);
		expect(holds('regie == 0', 0, {})).toBe(true);
	});

	it('evaluates and before or', () => {
		// Read as: trust > 4 or (regie > 0 and tempo > 0).
		const source = 'trust > 4 or regie > 0 and tempo > 0';
		// If or bound tighter, (trust > 4 or regie > 0) and tempo > 0 would be false here.
		expect(holds(source, 5, { regie: 0, tempo: 0 })).toBe(true);
		expect(holds(source, 0, { regie: 1, tempo: 1 })).toBe(true);
		expect(holds(source, 0, { regie: 1, tempo: 0 })).toBe(false);
	});
});

describe('canEverHold', () => {
	const domains = (name: string): Domain =>
		name === 'trust' ? { min: -5, max: 5 } : { min: -Infinity, max: Infinity };
	it.each([
		['trust > 5', false],
		['trust >= 5', true],
		['trust < -5', false],
		['trust == 6', false],
		['regie > 2 and regie < 1', false],
		['regie > 2 and regie < 4', true],
		['regie >= 2 and regie <= 2 and regie != 2', false],
		['trust >= 5 and trust != 5', false],
		['regie != 3', true],
		['trust > 5 or regie > 100', true],
		['trust > 5 or trust < -5', false],
		['trust > 2 and regie > 1', true]
	])('%s: %s', (source, expected) => {
		expect(canEverHold(tree(source), domains)).toBe(expected);
	});

	// Trees built by hand: the parser refuses such literals, but the search must end on its own.
	const compare = (op: '==' | '!=' | '>=' | '<=', value: number): Condition => ({ kind: 'compare', name: 'regie', op, value, position: 0 });
	it.each([
		['== and != 2^53', [compare('==', 2 ** 53), compare('!=', 2 ** 53)], false],
		['>= 2^53+1, <= 2^53+1, != 2^53', [compare('>=', 2 ** 53 + 2), compare('<=', 2 ** 53 + 2), compare('!=', 2 ** 53)], true],
		['== Infinity and != Infinity', [compare('==', Infinity), compare('!=', Infinity)], false],
		['== -Infinity', [compare('==', -Infinity)], true]
	])('ends for literals beyond safe integers: %s', (_, terms, expected) => {
		expect(canEverHold({ kind: 'and', terms }, domains)).toBe(expected);
	});
});
