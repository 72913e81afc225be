/** Checking a quiz answer: right only when exactly the right options are chosen. */
export function isCorrect(chosen: readonly number[], answers: readonly number[]): boolean {
	if (chosen.length !== answers.length) return false;
	const right = new Set(answers);
	return chosen.every((index) => right.has(index));
}
