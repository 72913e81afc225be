/**
 * Stored data that can't be read, saved as it is, so nothing is ever a dead end, even data this
 * version can't read.
 */
import { downloadText } from '../browser/download';
import { progressState } from './progress.svelte';
import { exportFileName } from './file-name';

/** Downloads stored data that could not be read, exactly as it is stored. */
export function downloadUnreadable(now = new Date()): void {
	if (progressState.unreadable === undefined) return;
	downloadText(progressState.unreadable, exportFileName(now, 'bamboe-opgeslagen-gegevens'));
}
