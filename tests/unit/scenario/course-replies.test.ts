/**
 * Free replies in the course's own scenarios: where they are offered, that they never raise the
 * best reachable totals (the prepared choices alone still reach 100 %), that their flags tell
 * the truth, and how typical replies, analysed on the device, fall under their rules. The
 * replies below are written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Course } from '$lib/content/types';
import { analyseReply } from '$lib/moves/analyse';
import { analyseScenario } from '$lib/scenario/analyse';
import { ruleFor } from '$lib/scenario/respond';
import type { ReplyRule, ScenarioData } from '$lib/scenario/types';
import { choiceQuality, strongestChoice } from '$lib/scoring/quality';

const loaded = inject('course');
if (!loaded.course) throw new Error('de cursus in modules/ laadt niet');
const course: Course = loaded.course;
const scenarios = course.modules.flatMap((m) => m.scenarios);

function scenario(id: string): ScenarioData {
	const found = scenarios.find((s) => s.id === id);
	if (!found) throw new Error(`geen scenario ${id}`);
	return found;
}

/** The rule a reply falls under at a node, as the page will pick it. */
function ruleAt(scenarioId: string, nodeId: string, reply: string): ReplyRule {
	const respond = scenario(scenarioId).nodes[nodeId]?.respond;
	if (!respond) throw new Error(`${scenarioId}/${nodeId} neemt geen eigen antwoord`);
	return respond.rules[ruleFor(respond, analyseReply(reply))]!;
}

function withoutReplies(s: ScenarioData): ScenarioData {
	return { ...s, nodes: Object.fromEntries(Object.entries(s.nodes).map(([id, { respond: _, ...node }]) => [id, node])) };
}

describe('free replies in the course', () => {
	it('are offered at the opening of the intake and where Wouter says there is "nog iets", among others', () => {
		const places = scenarios.flatMap((s) => s.nodeOrder.filter((id) => s.nodes[id]!.respond).map((id) => `${s.id}/${id}`));
		expect(places).toEqual(expect.arrayContaining(['intakegesprek/opening', 'tien-minuten-voor-tijd/begin']));
		expect(scenario('tien-minuten-voor-tijd').nodes.begin!.text).toContain('nog iets');
		expect(new Set(places.map((p) => p.split('/')[0])).size).toBeGreaterThanOrEqual(2);
		expect(places.length).toBeGreaterThanOrEqual(4);
	});

	it('never raise the best reachable total: the prepared choices alone reach every best', () => {
		for (const s of scenarios.filter((s) => s.nodeOrder.some((id) => s.nodes[id]!.respond))) {
			expect(analyseScenario(withoutReplies(s)).best, s.id).toEqual(s.best);
		}
	});

	it('set the promise flag for a promise about time, and only then', () => {
		const s = scenario('tien-minuten-voor-tijd');
		const rules = s.nodeOrder.flatMap((id) => s.nodes[id]!.respond?.rules ?? []);
		const promising = rules.filter((rule) => rule.moves?.includes('belofte'));
		expect(promising.length).toBeGreaterThan(0);
		for (const rule of rules) expect(rule.sets?.includes('tijd_beloofd') ?? false).toBe(promising.includes(rule));
	});

	it('set verteld wherever Ilse has told something about home, as every prepared choice there does', () => {
		const node = scenario('intakegesprek').nodes.vertelt!;
		expect(node.choices!.every((choice) => choice.sets?.includes('verteld'))).toBe(true);
		expect(node.respond!.rules.every((rule) => rule.sets?.includes('verteld'))).toBe(true);
	});
});

describe('typical replies, analysed and scored', () => {
	const strongest = (scenarioId: string, nodeId: string) => {
		const choices = scenario(scenarioId).nodes[nodeId]!.choices!;
		return choices[strongestChoice(choices)!]!;
	};

	it('the intake opening: an acknowledgment with an open question scores as the strongest choice', () => {
		const best = strongest('intakegesprek', 'opening');
		const reply = ruleAt('intakegesprek', 'opening', 'Fijn dat je er bent, ook al was het niet je eigen idee. Wat speelt er bij jou?');
		expect([reply.score, reply.trust]).toEqual([best.score, best.trust]);
		// Her own words said back ("als een ander vindt dat je moet gaan") are not read as advice.
		const echo = 'Dat is lastig, als een ander vindt dat je moet gaan. Wat vind je er zelf van?';
		expect(analyseReply(echo).moves).toEqual(['open-vraag', 'erkennen']);
		expect(ruleAt('intakegesprek', 'opening', echo).score).toEqual(best.score);
	});

	it('the intake opening: protocol first, the clock, minimising and a promise cost points', () => {
		for (const reply of [
			'We beginnen altijd met een vragenlijst over je jeugd.',
			'We hebben maar een half uur, dus laten we snel beginnen.',
			'Ach, zo erg zal het allemaal niet zijn.',
			'Het komt allemaal goed, dat beloof ik je.'
		]) {
			expect(choiceQuality(ruleAt('intakegesprek', 'opening', reply).score), reply).toBe('niet-helpend');
		}
	});

	it('a reply in which nothing is found costs nothing and says so', () => {
		const rule = ruleAt('intakegesprek', 'opening', 'Hm.');
		expect(rule.moves).toBeUndefined();
		expect([rule.score, rule.trust]).toEqual([{}, 0]);
		expect(rule.feedback).toMatch(/Misschien staat het er\s+wel/);
	});

	it('"nog iets": honesty about the time with a choice scores; a promise sets the flag; the clock costs', () => {
		const honest = ruleAt('tien-minuten-voor-tijd', 'begin', 'We hebben nog ongeveer tien minuten. Wil je nu beginnen, of liever volgende week?');
		expect(honest.score).toEqual({ tempo: 2, eerlijkheid: 1, respect: 1 });
		const promise = ruleAt('tien-minuten-voor-tijd', 'begin', 'Nee hoor, ik heb alle tijd voor je. Vertel maar.');
		expect(promise.sets).toEqual(['tijd_beloofd']);
		expect(choiceQuality(ruleAt('tien-minuten-voor-tijd', 'begin', 'We hebben nog maar vijf minuten, dus kort graag.').score)).toBe('niet-helpend');
	});

	it('"hoeveel tijd nog?": the honest answer that leaves him the choice scores as the strongest choice', () => {
		const best = strongest('tien-minuten-voor-tijd', 'tijdvraag');
		const reply = ruleAt('tien-minuten-voor-tijd', 'tijdvraag', 'Nog zo’n tien minuten. Wil je nu iets vertellen, of volgende week?');
		expect([reply.score, reply.trust]).toEqual([best.score, best.trust]);
	});

	it('the prepared choices, typed as replies, land in a rule of the same quality, except where the moves cannot tell', () => {
		// A label read from the referral letter is not a move: what the analyser reads is the open
		// question after it ("Sinds wanneer heb je dat, denk je?"), which is one by the labelling guide.
		const cannotTell = ['intakegesprek/opening 1'];
		const differing: string[] = [];
		for (const s of scenarios) {
			for (const id of s.nodeOrder) {
				const { choices, respond } = s.nodes[id]!;
				if (!respond) continue;
				choices!.forEach((choice, i) => {
					const rule = respond.rules[ruleFor(respond, analyseReply(choice.label))]!;
					if (choiceQuality(rule.score) !== choiceQuality(choice.score)) differing.push(`${s.id}/${id} ${i + 1}`);
				});
			}
		}
		expect(differing).toEqual(cannotTell);
	});
});
