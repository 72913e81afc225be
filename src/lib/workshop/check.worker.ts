/**
 * The workshop's check, off the page's thread: playing every path of a large scenario takes a
 * moment, and typing must not wait for it.
 */
import { checkDraft, type CourseForCheck, type DraftCheck, type DraftTarget } from './check';

export interface CheckRequest {
	text: string;
	target: DraftTarget;
	course: CourseForCheck;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { text, target, course } = event.data;
	let result: DraftCheck;
	try {
		result = checkDraft(text, target, course);
	} catch (error) {
		// Validation never throws on content; this would be a fault of ours, said plainly.
		result = { file: '', problems: [{ file: '', message: `de controle liep vast (${error instanceof Error ? error.message : String(error)})`, severity: 'error' }] };
	}
	self.postMessage(result);
};
