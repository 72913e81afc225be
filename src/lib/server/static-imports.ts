/**
 * The files a built (minified) script imports: statically (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`: they load before it runs) and, when asked,
 * dynamically (`import("./x.js")`: they load later, when the code gets there). Shared by the
 * build (paint-first's preload list), the page-weight count and the bench.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STATIC = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]/g;

export function staticImportsIn(code: string): string[] {
	return [...code.matchAll(STATIC)].map((m) => m[1]!);
}

/**
 * The files a built script on disk imports, as paths on disk; none when it cannot be read.
 * `dynamic` adds what it imports later.
 */
export function builtImports(file: string, { dynamic = false } = {}): string[] {
	let code: string;
	try {
		code = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	const found = staticImportsIn(code);
	if (dynamic) found.push(...[...code.matchAll(DYNAMIC)].map((m) => m[1]!));
	return found.map((imported) => join(dirname(file), imported));
}
