/**
 * Settings kept on the device as JSON of a known shape. Apart from storage.ts, which every
 * page loads: only the pages that keep such a setting load the shape checks.
 */
import * as v from 'valibot';
import { readItem, type KeyValueStore } from './storage';

/**
 * Stored JSON of a given shape: undefined when there is none, when storage refuses, or when it
 * is not JSON or not of that shape (settings kept by another version, or edited by hand).
 */
export function readChecked<T>(store: KeyValueStore | undefined, key: string, schema: v.GenericSchema<unknown, T>): T | undefined {
	const raw = readItem(store, key);
	if (raw === null) return undefined;
	try {
		const result = v.safeParse(schema, JSON.parse(raw));
		return result.success ? result.output : undefined;
	} catch {
		return undefined; // not JSON
	}
}
