import { describe, expect, it } from 'vitest';
import {
	CERTIFICATE_NAME_KEY,
	MAX_NAME_LENGTH,
	cleanName,
	clearCertificateName,
	readCertificateName,
	saveCertificateName
} from '$lib/certificate/name';
import { memoryStore as fakeStore, refusingStore } from '../fake-store';
import { PROGRESS_KEY } from '$lib/progress/schema';

function memoryStore(initial: Record<string, string> = {}) {
	const store = fakeStore(initial);
	return { data: store.data, store };
}

describe('the name on the certificate', () => {
	it('is kept under its own key, apart from progress', () => {
		const { data, store } = memoryStore({ [PROGRESS_KEY]: '{"version":1}' });
		expect(CERTIFICATE_NAME_KEY).toBe('bamboe.certificaat-naam');
		expect(saveCertificateName(store, ' Anna  de Vries ')).toBe(true);
		expect(data).toEqual({ [PROGRESS_KEY]: '{"version":1}', [CERTIFICATE_NAME_KEY]: 'Anna de Vries' });
		expect(readCertificateName(store)).toBe('Anna de Vries');
	});

	it('is removed when emptied or cleared', () => {
		const { data, store } = memoryStore({ [CERTIFICATE_NAME_KEY]: 'Anna' });
		saveCertificateName(store, '   ');
		expect(data[CERTIFICATE_NAME_KEY]).toBeUndefined();
		saveCertificateName(store, 'Anna');
		expect(clearCertificateName(store)).toBe(true);
		expect(readCertificateName(store)).toBe('');
	});

	it('copes with storage that is missing or refuses', () => {
		expect(readCertificateName(undefined)).toBe('');
		expect(readCertificateName(refusingStore)).toBe('');
		expect(saveCertificateName(undefined, 'Anna')).toBe(false);
		expect(saveCertificateName(refusingStore, 'Anna')).toBe(false);
	});

	it('is tidied and capped in length', () => {
		expect(cleanName('\tJan\n  Jansen ')).toBe('Jan Jansen');
		expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
	});
});
