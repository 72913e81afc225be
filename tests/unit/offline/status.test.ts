import { describe, expect, it } from 'vitest';
import { courseFiles, missingFiles } from '$lib/offline/cache-files';
import { offlineState, readCacheReport } from '$lib/offline/status';

describe('offline indicator', () => {
	it('says whether the browser can keep the course at all', () => {
		expect(offlineState(undefined, false)).toBe('unsupported');
		expect(offlineState(undefined, true)).toBe('failed');
		expect(offlineState({ active: null }, true)).toBe('preparing');
	});

	it('says ready only when the active worker counted every file in its cache', () => {
		expect(offlineState({ active: {} }, true)).toBe('preparing');
		expect(offlineState({ active: {} }, true, { missing: 0, repairing: false })).toBe('ready');
	});

	it('says honestly when files went missing: being fetched again, or still missing', () => {
		expect(offlineState({ active: {} }, true, { missing: 120, repairing: true })).toBe('repairing');
		expect(offlineState({ active: {} }, true, { missing: 3, repairing: false })).toBe('incomplete');
	});
});

describe('courseFiles', () => {
	it('lists every file once, leaving out the files only a host reads (a worker could never fetch them)', () => {
		expect(courseFiles(['/_app/a.js', '/'], ['/favicon.svg', '/_headers', '/_redirects'], ['/', '/late-gevolgen/'])).toEqual([
			'/_app/a.js',
			'/',
			'/favicon.svg',
			'/late-gevolgen/'
		]);
	});
});

describe('missingFiles', () => {
	it('compares paths, whatever origin or query the cache stored them with', () => {
		const files = ['/', '/late-gevolgen/', '/_app/immutable/entry/start.js', '/zoekindex.json'];
		const cached = ['http://127.0.0.1:4201/', 'http://127.0.0.1:4201/zoekindex.json?v=1', 'http://127.0.0.1:4201/_app/immutable/entry/start.js'];
		expect(missingFiles(files, cached)).toEqual(['/late-gevolgen/']);
		expect(missingFiles(files, [])).toEqual(files);
	});
});

describe('readCacheReport', () => {
	it('takes only a well-formed report from the worker', () => {
		expect(readCacheReport({ missing: 2, repairing: true })).toEqual({ missing: 2, repairing: true });
		expect(readCacheReport({ missing: -1, repairing: true })).toBeUndefined();
		expect(readCacheReport({ missing: 1.5, repairing: false })).toBeUndefined();
		expect(readCacheReport({ missing: 1 })).toBeUndefined();
		expect(readCacheReport('ready')).toBeUndefined();
		expect(readCacheReport(null)).toBeUndefined();
	});
});
