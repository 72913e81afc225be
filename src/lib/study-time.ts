/** "3 uur en 20 minuten (200 minuten)": study time as a guide, never as time measured; the home page and the certificate say it the same way. */
export function describeStudyTime(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${minutes} minuten`;
	const hoursText = `${hours} uur`;
	return rest === 0 ? `${hoursText} (${minutes} minuten)` : `${hoursText} en ${rest} minuten (${minutes} minuten)`;
}
