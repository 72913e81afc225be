/**
 * The response headers the course asks hosts to send (static/_headers), read the way a host
 * reads them, so browser tests can serve pages exactly as a configured host would.
 */
import { readFileSync } from 'node:fs';

/** Header name → value for the rule that applies to every path (`/*`). */
export function hostHeaders(file = 'static/_headers'): Record<string, string> {
	const headers: Record<string, string> = {};
	let inRule = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!/^\s/.test(line)) {
			inRule = line.trim() === '/*';
			continue;
		}
		const [name, ...value] = line.trim().split(':');
		if (inRule) headers[name!.trim()] = value.join(':').trim();
	}
	return headers;
}

/** A Content-Security-Policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([directive, ...sources]) => [directive!, sources])
	);
}
