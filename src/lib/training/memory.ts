/**
 * Sessions kept in memory only, per scenario, for as long as the page is open: the trainer can
 * go to Pauze (or anywhere else in the course) and come back to the same decision. Nothing is
 * written to storage, so a reload starts over and personal progress is never touched.
 */
import type { TrainingSession } from './types';

const sessions = new Map<string, TrainingSession>();

export function rememberSession(session: TrainingSession): void {
	sessions.set(session.scenarioId, session);
}

export function recallSession(scenarioId: string): TrainingSession | undefined {
	return sessions.get(scenarioId);
}
