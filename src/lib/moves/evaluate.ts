/**
 * Scores the analyser against labelled replies: per move the true positives (found and
 * labelled), false positives (found, not labelled) and false negatives (labelled, not found),
 * and from them precision, recall and F1; over all moves micro-F1 (every decision counts once)
 * and macro-F1 (every move counts once). A ratio with nothing to divide by is 0.
 */
import { MOVE_IDS, type MoveId } from './ids';

export interface Outcome {
	expected: readonly MoveId[];
	predicted: readonly MoveId[];
}

export interface Score {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
	f1: number;
}

export interface MoveScore extends Score {
	move: MoveId;
	/** How many replies are labelled with the move. */
	support: number;
}

export interface Evaluation {
	perMove: MoveScore[];
	micro: Score;
	macroF1: number;
	/** Share of replies whose moves were found exactly, no more and no less. */
	exactMatch: number;
}

export function evaluate(outcomes: readonly Outcome[]): Evaluation {
	const perMove = MOVE_IDS.map((move): MoveScore => {
		let truePositives = 0;
		let falsePositives = 0;
		let falseNegatives = 0;
		for (const { expected, predicted } of outcomes) {
			const labelled = expected.includes(move);
			const found = predicted.includes(move);
			if (labelled && found) truePositives++;
			else if (found) falsePositives++;
			else if (labelled) falseNegatives++;
		}
		return { move, support: truePositives + falseNegatives, ...score(truePositives, falsePositives, falseNegatives) };
	});
	const sum = (pick: (s: MoveScore) => number) => perMove.reduce((total, s) => total + pick(s), 0);
	const exact = outcomes.filter(({ expected, predicted }) => sameMoves(expected, predicted)).length;
	return {
		perMove,
		micro: score(sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives)),
		macroF1: sum((s) => s.f1) / perMove.length,
		exactMatch: ratio(exact, outcomes.length)
	};
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
	const precision = ratio(truePositives, truePositives + falsePositives);
	const recall = ratio(truePositives, truePositives + falseNegatives);
	return { truePositives, falsePositives, falseNegatives, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

function ratio(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}

function sameMoves(a: readonly MoveId[], b: readonly MoveId[]): boolean {
	return a.length === b.length && a.every((move) => b.includes(move));
}
