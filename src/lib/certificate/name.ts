/**
 * The name on the certificate: typed by the learner, kept only on this device under its own
 * key, apart from progress, so it is never part of an export file.
 */
import type { KeyValueStore } from '../progress/storage';

export const CERTIFICATE_NAME_KEY = 'bamboe.certificaat-naam';
/** Long enough for any real name, short enough to fit on one line of the certificate. */
export const MAX_NAME_LENGTH = 80;

/** Spaces tidied and length capped; what is shown and stored. */
export function cleanName(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}

export function readCertificateName(store: KeyValueStore | undefined): string {
	try {
		return cleanName(store?.getItem(CERTIFICATE_NAME_KEY) ?? '');
	} catch {
		return '';
	}
}

/** Saves the name (an empty name removes it); false when the browser refused. */
export function saveCertificateName(store: KeyValueStore | undefined, raw: string): boolean {
	if (!store) return false;
	const name = cleanName(raw);
	try {
		if (name) store.setItem(CERTIFICATE_NAME_KEY, name);
		else store.removeItem(CERTIFICATE_NAME_KEY);
		return true;
	} catch {
		return false;
	}
}

export function clearCertificateName(store: KeyValueStore | undefined): boolean {
	return saveCertificateName(store, '');
}
