import { version } from '../../../package.json';

// The version and the moment this copy of the course was built, fixed at build time.
export function load() {
	return { version, builtAt: new Date().toISOString() };
}
