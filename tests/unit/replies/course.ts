/** The course's intake scenario, where free replies are offered at the opening and where Ilse tells about home. */
import { inject } from 'vitest';
import type { ScenarioData, ScenarioRespond } from '$lib/scenario/types';

const loaded = inject('course');
if (!loaded.course) throw new Error('de cursus in modules/ laadt niet');

export const intake: ScenarioData = loaded.course.modules.flatMap((m) => m.scenarios).find((s) => s.id === 'intakegesprek')!;

export function respondAt(nodeId: string): ScenarioRespond {
	const respond = intake.nodes[nodeId]?.respond;
	if (!respond) throw new Error(`intakegesprek/${nodeId} neemt geen eigen antwoord`);
	return respond;
}
