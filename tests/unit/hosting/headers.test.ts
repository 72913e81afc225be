/**
 * The hosting files (static/_headers, hosting/nginx.conf) say the same, and their
 * Content-Security-Policy is the one the build puts in every page, plus what only a header can do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import { hostHeaders, parsePolicy } from '../../hosting-headers';

const headers = hostHeaders();

/** `add_header Name "value" always;` lines of the nginx snippet. */
function nginxHeaders(): Record<string, string> {
	const text = readFileSync('hosting/nginx.conf', 'utf8');
	return Object.fromEntries([...text.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('hosting headers', () => {
	it('sends what the README promises: CSP with frame-ancestors, nosniff, referrer policy, HSTS, no-cache', () => {
		expect(parsePolicy(headers['Content-Security-Policy']!).get('frame-ancestors')).toEqual(["'none'"]);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBe('no-referrer');
		expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
		expect(headers['Cache-Control']).toBe('no-cache');
	});

	it('has the policy of the pages (svelte.config.js): same directives and sources', () => {
		const page = config.kit!.csp!.directives! as Record<string, string[]>;
		const header = parsePolicy(headers['Content-Security-Policy']!);
		const quote = (source: string) => (/^(self|none|unsafe-inline|unsafe-eval)$/.test(source) ? `'${source}'` : source);
		for (const [directive, sources] of Object.entries(page)) {
			// The pages' script hashes differ per page; the header allows inline scripts and each
			// page's own policy narrows that to its one hash.
			const expected = directive === 'script-src' ? [...sources.map(quote), "'unsafe-inline'"] : sources.map(quote);
			expect(header.get(directive), directive).toEqual(expected);
		}
		expect([...header.keys()].sort()).toEqual([...Object.keys(page), 'frame-ancestors'].sort());
	});

	it('says the same in the nginx snippet as in _headers', () => {
		expect(nginxHeaders()).toEqual(headers);
	});
});
