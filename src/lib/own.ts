/**
 * Looking up a name in a plain object by its own properties only. Names come from content (an
 * author's scenario, rubric and module names) and from stored or imported files, and a plain
 * object already "has" `constructor`, `toString` and the like through its prototype:
 * `record[name]` would find those.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
