/**
 * The LMS bridge, in the SCORM package only (the plain site never loads this code). When the
 * page runs inside an LMS that offers the SCORM API:
 * - it opens the session and adds the progress the LMS kept (from any device) to this device's;
 * - after every change it reports status, score, objectives, the new interactions and the
 *   progress as suspend data, and commits;
 * - when the page is hidden it commits, and when it goes away it finishes the session.
 * Without an LMS it does nothing and the package works as the plain course.
 */
import { mergeProgress } from '../progress/merge';
import { progressState } from '../progress/progress.svelte';
import type { Progress } from '../progress/schema';
import { findApi } from './api';
import { LmsConnection } from './connection';
import { progressEvents } from './events';
import { courseReport } from './report';
import { decodeSuspendData, encodeSuspendData, type LmsCourse } from './suspend-data';

export interface BridgeState {
	version: '1.2' | '2004';
	/** Module or scenario ids whose saved progress in the LMS no longer fits the course. */
	skipped: string[];
}

/**
 * Starts the bridge; resolves with what the page should show, or undefined without an LMS.
 * Problems, at the start or later, are told through `onProblem` (the course goes on regardless).
 */
export async function startLmsBridge(base: string, onProblem: (message: string) => void): Promise<BridgeState | undefined> {
	const found = findApi(window as unknown as Parameters<typeof findApi>[0]);
	if (!found) return undefined;
	const connection = new LmsConnection(found);
	const kept = connection.start();
	if (kept === undefined) {
		onProblem(connection.problem ?? 'De leeromgeving van je organisatie kon de cursus niet openen.');
		return { version: found.version, skipped: [] };
	}
	let course: LmsCourse;
	try {
		const response = await fetch(`${base}/lms-course.json`);
		course = (await response.json()) as LmsCourse;
	} catch {
		const message = 'De cursusgegevens voor de leeromgeving konden niet geladen worden; je voortgang wordt niet aan de leeromgeving doorgegeven, maar blijft op dit apparaat.';
		onProblem(message);
		return { version: found.version, skipped: [] };
	}

	progressState.load();
	const decoded = kept ? decodeSuspendData(kept, course) : undefined;
	const addTo = (from: Progress) => (current: Progress) => mergeProgress(current, from).progress;
	// While this device's own stored progress can't be read and the learner has not chosen what
	// happens to it, nothing can be saved here: the LMS's copy is then the only record, and what
	// goes back to the LMS is that copy with this visit's work added, never less.
	let waiting = decoded !== undefined && progressState.importProgress(addTo(decoded.progress)) === 'blocked';
	let reported: Progress = waiting ? addTo(decoded!.progress)(progressState.progress) : progressState.progress;

	const startedAt = Date.now();
	const report = (progress: Progress, events: ReturnType<typeof progressEvents>) => {
		connection.write(courseReport(progress, course), encodeSuspendData(progress, course).data, events);
		connection.commit();
		if (connection.problem) onProblem(connection.problem);
	};
	report(reported, []);
	progressState.onChange((progress) => {
		const shown = waiting ? addTo(reported)(progress) : progress;
		report(shown, progressEvents(reported, shown, course, new Date()));
		reported = shown;
		if (waiting && !progressState.blocked) {
			// The learner has chosen (rescued or started again): what the LMS holds comes in now.
			waiting = false;
			const held = reported;
			queueMicrotask(() => progressState.importProgress(addTo(held)));
		}
	});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') connection.commit();
	});
	addEventListener('pagehide', () => connection.finish((Date.now() - startedAt) / 1000), { once: true });
	return { version: found.version, skipped: decoded?.skipped ?? [] };
}
