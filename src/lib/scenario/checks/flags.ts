/**
 * The scenario's flags: every declared name can stand in a condition and means one thing only
 * (not `trust`, not a dimension of rubric.yaml, not declared twice); every name in the `sets`
 * of a choice or reply rule is declared; and a declared flag that nothing sets, which would
 * always be 0, is pointed out.
 */
import { didYouMean } from '../../content/problems';
import { isConditionName, TRUST } from '../condition';
import { outcomesOf, type ScenarioOutline } from '../outline';
import type { Reporter } from '../report';

export function checkFlags(outline: ScenarioOutline, rubricIds: readonly string[], report: Reporter): void {
	const declared = outline.flags.filter((name): name is string => name !== undefined);
	/** Declared once, under a name a condition can use: the flags worth a warning when never set. */
	const sound: { name: string; index: number }[] = [];

	outline.flags.forEach((name, i) => {
		if (name === undefined) return;
		const path = ['flags', i];
		if (name === TRUST || rubricIds.includes(name)) {
			report.error(
				path,
				`"${name}" kan geen vlag heten: in een voorwaarde betekent die naam al ${name === TRUST ? 'het vertrouwen (trust)' : 'het totaal van een dimensie uit rubric.yaml'}`,
				'Kies een andere naam voor de vlag, bijvoorbeeld wat er gebeurde: belofte, gelekt.'
			);
		} else if (!isConditionName(name)) {
			report.error(
				path,
				`de vlag "${name}" kan zo niet in een voorwaarde staan: een naam begint met een letter en bevat alleen letters, cijfers, _ en -`,
				'Gebruik bijvoorbeeld "belofte" of "deur_dicht".'
			);
		} else if (outline.flags.indexOf(name) < i) {
			report.error(path, `de vlag "${name}" staat twee keer in flags`, `Haal de tweede "${name}" weg.`);
		} else {
			sound.push({ name, index: i });
		}
	});

	const set = new Set<string>();
	for (const node of outline.nodes.values()) {
		for (const { outcome, path } of outcomesOf(node)) {
			outcome.sets.forEach((name, j) => {
				if (name === undefined) return;
				set.add(name);
				if (declared.includes(name)) return;
				report.error(
					[...path, 'sets', j],
					`"${name}" is geen vlag van dit scenario`,
					didYouMean(name, declared) ??
						`Zet "${name}" onder flags bovenaan het bestand, zoals flags: [${[...declared, name].join(', ')}].`
				);
			});
		}
	}

	// Only when every choice could be read: an unreadable one may be the one that sets it.
	if (!outline.graphKnown) return;
	for (const { name, index } of sound) {
		if (set.has(name)) continue;
		report.warning(
			['flags', index],
			`geen enkele keuze zet de vlag "${name}" (met sets), dus die is altijd 0`,
			`Schrijf "sets: [${name}]" bij de keuze waarmee het gebeurt, of haal "${name}" uit flags.`
		);
	}
}
