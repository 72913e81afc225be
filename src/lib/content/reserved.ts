/**
 * Names that every JavaScript object already carries (`constructor`, `__proto__`, `toString`,
 * ...) plus `prototype`. An author's name becomes a key in plain objects all the way to the
 * learner's browser (scenario nodes, rubric totals, progress per scenario or module), where such
 * a name is silently dropped by schemas or answers with an inherited value instead of the
 * author's. The validator refuses them, so no such key can ever exist.
 */
const OBJECT_INTERNALS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isObjectInternal(name: string): boolean {
	return OBJECT_INTERNALS.has(name);
}

/** Why a reserved name is refused, for the message ("... kunnen geen node zijn"). */
export function reservedNameMessage(name: string, what: string): string {
	return `de naam "${name}" is gereserveerd: constructor, prototype, __proto__ en de andere namen die elk JavaScript-object al heeft, kunnen geen ${what} zijn`;
}
