import { describe, expect, it } from 'vitest';
import { paintFirst, scriptHash } from '$lib/server/paint-first';
import { staticImportsIn } from '$lib/server/static-imports';

/** The start script as SvelteKit writes it into a prerendered page. */
const START = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});
				}
			`;

const page = (script: string, csp = `script-src 'self' ${scriptHash(script)}; style-src 'self' 'unsafe-inline'`) =>
	`<!doctype html><html lang="nl"><head><meta http-equiv="content-security-policy" content="${csp}">` +
	`<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">` +
	`<link href="./_app/immutable/chunks/shell.C.js" rel="modulepreload">` +
	`<link href="./_app/immutable/assets/shell.D.css" rel="stylesheet" disabled media="(max-width: 0)">` +
	`<style>body{color:#222}</style><title>Les</title></head><body><div style="display: contents"><main><p>Tekst</p></main>` +
	`<script>${script}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('paint first, then load the code', () => {
	const html = paintFirst(page(START));

	it('takes the script preloads out of the head and lets the start script add them after the first paint', () => {
		expect(html).not.toContain('rel="modulepreload"');
		const script = scriptOf(html);
		expect(script).toContain('["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/shell.C.js"]');
		expect(script).toContain("link.rel = 'modulepreload'");
		expect(script).toContain('requestAnimationFrame(() => setTimeout(boot))');
		// The element is still read while the script runs (document.currentScript is gone later).
		expect(script.indexOf('document.currentScript')).toBeLessThan(script.indexOf('const boot'));
		// Everything else of the page is as it was.
		expect(html).toContain('<style>body{color:#222}</style>');
		expect(html).toContain('rel="stylesheet" disabled');
		expect(html).toContain('<main><p>Tekst</p></main>');
	});

	it("allows the new start script by its hash, and no longer the old one", () => {
		expect(html).toContain(scriptHash(scriptOf(html)));
		expect(html).not.toContain(scriptHash(START));
	});

	it('writes a start script that runs: the app starts once the page has painted, with the preloads in place', () => {
		const calls: string[] = [];
		const frames: (() => void)[] = [];
		const timers: (() => void)[] = [];
		const head: { rel: string; href: string }[] = [];
		const fakeDocument = {
			visibilityState: 'visible',
			currentScript: { parentElement: 'body' },
			createElement: () => ({ rel: '', href: '' }),
			head: { append: (link: { rel: string; href: string }) => head.push(link) }
		};
		const run = new Function('document', 'location', 'requestAnimationFrame', 'setTimeout', 'import_', scriptOf(html).replaceAll('import(', 'import_('));
		const kit = { start: (_app: unknown, element: unknown) => calls.push(`start ${String(element)}`) };
		run(fakeDocument, 'http://x/', (f: () => void) => frames.push(f), (f: () => void) => timers.push(f), (file: string) => Promise.resolve(file.includes('start') ? kit : {}));
		expect(head).toEqual([]);
		frames.shift()!();
		expect(head).toEqual([]);
		timers.shift()!();
		expect(head.map((l) => `${l.rel} ${l.href}`)).toEqual([
			'modulepreload ./_app/immutable/entry/start.A.js',
			'modulepreload ./_app/immutable/chunks/shell.C.js'
		]);
		return Promise.resolve().then(() => new Promise((done) => setTimeout(done))).then(() => expect(calls).toEqual(['start body']));
	});

	it("preloads every script the listed ones import, also those SvelteKit's list left out", () => {
		const imports: Record<string, string[]> = {
			'_app/immutable/entry/start.A.js': ['_app/immutable/chunks/shell.C.js'],
			'_app/immutable/chunks/shell.C.js': ['_app/immutable/chunks/shared.E.js'],
			'_app/immutable/chunks/shared.E.js': ['_app/immutable/chunks/shell.C.js']
		};
		const withAll = paintFirst(page(START), (file) => imports[file] ?? []);
		expect(scriptOf(withAll)).toContain(
			'["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/shell.C.js","./_app/immutable/chunks/shared.E.js"]'
		);
	});

	it('leaves a page without a start script as it is', () => {
		const plain = '<!doctype html><html><head></head><body><p>Geen script</p></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	it('stops the build when the policy does not name the start script (a page the browser would not start)', () => {
		expect(() => paintFirst(page(START, "script-src 'self' 'sha256-iets-anders='"))).toThrow(
			'paint-first: de Content-Security-Policy van de pagina noemt het startscript van SvelteKit niet; pas src/lib/server/paint-first.ts aan.'
		);
	});
});

describe('static imports of a built script', () => {
	it('finds what loads before the script runs, and not what it loads later', () => {
		const code = 'import{a as b,c}from"./shell.js";import"./side.js";export{d}from"../chunks/more.js";const e=()=>import("./later.js");';
		expect(staticImportsIn(code)).toEqual(['./shell.js', './side.js', '../chunks/more.js']);
	});
});
