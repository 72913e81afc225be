/**
 * Reflection notes: a learner playing alone can answer a scenario's discussion prompt in a note
 * of their own. Notes stay on the device (they go into an export file only when the learner
 * downloads their progress), are never shown in training mode, and an empty note is no note.
 */
import { own } from '../own';
import { MAX_REFLECTION_LENGTH, type Progress, type Reflection } from './schema';

export function reflectionAt(progress: Progress, scenarioId: string, nodeId: string): Reflection | undefined {
	const notes = own(progress.reflections, scenarioId);
	return notes ? own(notes, nodeId) : undefined;
}

/** Saves a note (trimmed, cut at the maximum length); an empty note removes it. */
export function saveReflection(progress: Progress, scenarioId: string, nodeId: string, text: string, now: Date): Progress {
	const clean = text.trim().slice(0, MAX_REFLECTION_LENGTH);
	const notes = { ...own(progress.reflections, scenarioId) };
	if (clean === '') {
		if (!Object.hasOwn(notes, nodeId)) return progress;
		delete notes[nodeId];
	} else {
		if (own(notes, nodeId)?.text === clean) return progress;
		notes[nodeId] = { text: clean, at: now.toISOString() };
	}
	const reflections = { ...progress.reflections };
	if (Object.keys(notes).length) reflections[scenarioId] = notes;
	else delete reflections[scenarioId];
	return { ...progress, reflections };
}

/** Every note, per scenario in the course's order, for the printable "Mijn reflecties" page. */
export function allReflections(progress: Progress, scenarioIds: readonly string[]): { scenarioId: string; notes: [string, Reflection][] }[] {
	return scenarioIds.flatMap((scenarioId) => {
		const notes = Object.entries(own(progress.reflections, scenarioId) ?? {});
		return notes.length ? [{ scenarioId, notes }] : [];
	});
}

/** A scenario's notes in the order of its nodes as written; notes at nodes it no longer has come last. */
export function notesInNodeOrder<T>(notes: readonly [string, T][], nodeOrder: readonly string[]): [string, T][] {
	const rank = (node: string) => {
		const at = nodeOrder.indexOf(node);
		return at === -1 ? nodeOrder.length : at;
	};
	return [...notes].sort((a, b) => rank(a[0]) - rank(b[0]));
}
