import { version } from '../../../package.json';
import { dutchDate } from '$lib/dutch';

// The version and the day this copy of the course was built, fixed at build time.
export function load() {
	return { version, builtOn: dutchDate(new Date()) };
}
