/**
 * Free replies (`respond`): only next to prepared choices; rules that name only moves the
 * analyser knows, never the same move as wanted and as ruled out; exactly one fallback (a rule
 * without `moves` and `unless`), last; and no rule that an earlier one always takes the place of.
 * Where the rules lead, what they score and which flags they set is checked with the choices
 * (references, rubric, flags).
 */
import { didYouMean } from '../../content/problems';
import { MOVE_IDS } from '../../moves/ids';
import type { NodeOutline, ReplyRuleOutline, ScenarioOutline } from '../outline';
import type { Reporter } from '../report';
import { covers } from '../respond';

const KNOWN_MOVES: readonly string[] = MOVE_IDS;

export function checkRespond(outline: ScenarioOutline, report: Reporter): void {
	for (const node of outline.nodes.values()) {
		if (!node.hasRespond) continue;
		if (!node.hasChoices) {
			report.error(
				['nodes', node.id, 'respond'],
				'respond hoort alleen bij een node met choices: een eigen antwoord is er altijd naast de keuzes, nooit in plaats ervan',
				'Geef de node ook keuzes (choices), of haal respond weg.'
			);
		}
		if (node.replies) checkRules(node, node.replies, report);
	}
}

function checkRules(node: NodeOutline, rules: readonly ReplyRuleOutline[], report: Reporter): void {
	const at = (...path: (string | number)[]) => ['nodes', node.id, 'respond', 'rules', ...path];
	if (rules.length === 0) {
		report.error(
			at(),
			'rules is leeg: geef minstens één regel',
			'Schrijf onder rules minstens een regel zonder moves, voor elk antwoord: "- feedback: ...", met source en next.'
		);
		return;
	}
	/** Rules whose moves are all known and consistent: only these can be compared. */
	const sound = rules.map((rule, i) => checkMoves(rule, at(i), report));
	const last = rules.length - 1;
	rules.forEach((rule, i) => {
		if (i < last && !rule.guarded) {
			report.error(
				at(i),
				'deze regel heeft geen moves en geen unless maar is niet de laatste: de regels eronder worden nooit gebruikt',
				'Zet de regel zonder moves en unless onderaan.'
			);
		}
	});
	if (rules[last]!.guarded) {
		report.error(
			at(last),
			'de laatste regel van respond heeft moves of unless: als een antwoord bij geen enkele regel past, weet het scenario niet waarheen',
			'Voeg onderaan een regel zonder moves en unless toe ("- feedback: ...", met source en next): die geldt voor elk ander antwoord.'
		);
	}
	// A fallback too early is reported above; only rules with moves or unless can hide a later one.
	rules.forEach((later, j) => {
		if (!sound[j] || !later.guarded) return;
		const earlier = rules.findIndex((rule, i) => i < j && sound[i] && rule.guarded && covers(known(rule), known(later)));
		if (earlier < 0) return;
		report.error(
			at(j),
			`deze regel wordt nooit gebruikt: regel ${earlier + 1} past al op elk antwoord waar deze regel op past`,
			`De regels worden van boven naar beneden geprobeerd. Zet deze regel boven regel ${earlier + 1}, of haal hem weg.`
		);
	});
}

/** Reports unknown moves and moves both wanted and ruled out; true when there are none. */
function checkMoves(rule: ReplyRuleOutline, path: (string | number)[], report: Reporter): boolean {
	let sound = rule.readable;
	for (const key of ['moves', 'unless'] as const) {
		rule[key].forEach((name, i) => {
			if (name === undefined || KNOWN_MOVES.includes(name)) return;
			sound = false;
			report.error(
				[...path, key, i],
				`"${name}" is geen gespreksmove`,
				didYouMean(name, KNOWN_MOVES, `De gespreksmoves zijn: ${KNOWN_MOVES.join(', ')}.`)
			);
		});
	}
	rule.unless.forEach((name, i) => {
		if (name === undefined || !rule.moves.includes(name)) return;
		sound = false;
		report.error(
			[...path, 'unless', i],
			`"${name}" staat zowel in moves als in unless: deze regel past dan op geen enkel antwoord`,
			`Haal "${name}" uit moves of uit unless.`
		);
	});
	return sound;
}

function known(rule: ReplyRuleOutline) {
	const names = (list: (string | undefined)[]) => list.filter((name): name is string => name !== undefined);
	return { moves: names(rule.moves), unless: names(rule.unless) };
}
