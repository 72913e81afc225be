/**
 * The name on the certificate: typed by the learner, kept only on this device under its own
 * key, apart from progress, so it is never part of an export file.
 */
import { readItem, writeItem, type KeyValueStore } from '../browser/storage';

export const CERTIFICATE_NAME_KEY = 'bamboe.certificaat-naam';
/** Long enough for any real name, short enough to fit on one line of the certificate. */
export const MAX_NAME_LENGTH = 80;

/** Spaces tidied and length capped; what is shown and stored. */
export function cleanName(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}

export function readCertificateName(store: KeyValueStore | undefined): string {
	return cleanName(readItem(store, CERTIFICATE_NAME_KEY) ?? '');
}

/** Saves the name (an empty name removes it); false when the browser refused. */
export function saveCertificateName(store: KeyValueStore | undefined, raw: string): boolean {
	return writeItem(store, CERTIFICATE_NAME_KEY, cleanName(raw) || null);
}

export function clearCertificateName(store: KeyValueStore | undefined): boolean {
	return saveCertificateName(store, '');
}
