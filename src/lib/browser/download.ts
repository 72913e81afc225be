/**
 * Saving text as a file on the learner's device: made in the browser from a Blob, nothing is
 * sent anywhere. The object URL is released once the browser has taken the file.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
	downloadBlob(new Blob([text], { type }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// The click starts the download synchronously; revoking on the next task is safe everywhere.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
