/**
 * Paint first, then load the code. A prerendered page is complete as HTML: the text a learner
 * came for needs no script. SvelteKit's page asks for every script up front (modulepreload
 * links in the head, then its start script), so on a slow line the scripts share the
 * bandwidth with the page and the first paint waits for them. Here the page is changed as it
 * is prerendered: the preload links go, and the start script, once the page has painted,
 * adds them back (all files at once, as before) and starts the app. A page opened in a
 * background tab, which paints nothing, starts at once.
 *
 * The list of files is complete: every file a preloaded script imports statically, found in
 * the built files (`importsOf`). SvelteKit's own list can miss some: listing a page's files, it
 * also walks the files the layout loads later, and a file it met there first is left out.
 *
 * The start script is inline, allowed by its hash in the page's Content-Security-Policy; the
 * hash is replaced with the new script's. When the page is not what this expects, the build
 * stops with a message instead of shipping a page whose script the browser would refuse.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">/g;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const START = 'Promise.all([';

export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The scripts a built script imports statically, each as a path from the build's root
 * (`_app/immutable/…`); `file` is such a path too.
 */
export type ImportsOf = (file: string) => string[];

const IMMUTABLE = '_app/immutable/';

export function paintFirst(html: string, importsOf: ImportsOf = () => []): string {
	const boot = [...html.matchAll(INLINE_SCRIPT)].find((match) => match[1]!.includes(START));
	if (!boot) return html;
	const script = boot[1]!;
	const oldHash = scriptHash(script);
	const csp = /<meta http-equiv="content-security-policy" content="[^"]*">/.exec(html);
	if (csp && !csp[0].includes(oldHash)) {
		throw new Error('paint-first: de Content-Security-Policy van de pagina noemt het startscript van SvelteKit niet; pas src/lib/server/paint-first.ts aan.');
	}

	const files = withImports([...html.matchAll(PRELOAD)].map((match) => match[1]!), importsOf);
	const start = script.indexOf(START);
	const end = script.lastIndexOf('}');
	if (end < start) throw new Error('paint-first: het startscript van SvelteKit heeft een onverwachte vorm; pas src/lib/server/paint-first.ts aan.');
	const statement = script.slice(start, end).trimEnd();
	const deferred =
		`const boot = () => {\n` +
		`\tfor (const href of ${JSON.stringify(files)}) {\n` +
		`\t\tconst link = document.createElement('link');\n` +
		`\t\tlink.rel = 'modulepreload';\n` +
		`\t\tlink.href = href;\n` +
		`\t\tdocument.head.append(link);\n` +
		`\t}\n` +
		`\t${statement}\n` +
		`};\n` +
		// requestAnimationFrame runs just before the next paint; the timeout, just after it.
		`if (document.visibilityState === 'hidden') boot();\n` +
		`else requestAnimationFrame(() => setTimeout(boot));\n`;
	const newScript = `${script.slice(0, start)}${deferred}${script.slice(end)}`;

	let result = html.replace(PRELOAD, '');
	result = result.replace(boot[0], () => `<script>${newScript}</script>`);
	if (csp) result = result.replace(oldHash, () => scriptHash(newScript));
	return result;
}

/** The files and everything they import, each written as the page writes its own (relative). */
function withImports(hrefs: string[], importsOf: ImportsOf): string[] {
	const prefix = hrefs.find((href) => href.includes(IMMUTABLE))?.split(IMMUTABLE)[0];
	if (prefix === undefined) return hrefs;
	const all = new Set(hrefs);
	const pending = hrefs.filter((href) => href.startsWith(prefix + IMMUTABLE)).map((href) => href.slice(prefix.length));
	for (const file of pending) {
		for (const imported of importsOf(file)) {
			if (all.has(prefix + imported)) continue;
			all.add(prefix + imported);
			pending.push(imported);
		}
	}
	return [...all];
}
