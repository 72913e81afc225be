/**
 * The files a built (minified) script imports statically: `import … from "./x.js"`,
 * `import "./x.js"` and `export … from "./x.js"`, but not `import("./x.js")`, which loads later.
 * Shared by the build (paint-first's preload list) and the page-weight bench.
 */
export function staticImportsIn(code: string): string[] {
	return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}
