/**
 * Reading a plain object by a name an author chose. `record[name]` would also find what every
 * object inherits (`constructor`, `toString`, ...); scenario, rubric and module names are such
 * keys, so lookups by them go through here.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
