import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * `npm run package` builds the SCORM package with BAMBOE_PACKAGE=lms: the same course, with the
 * LMS bridge in it, into its own folder, so the plain site in build/ never contains LMS code.
 */
const lms = process.env.BAMBOE_PACKAGE === 'lms';
const out = lms ? 'build-lms' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the result is plain files that any web server, a USB
		// stick or an LMS package can host. An address that is no page gets 404.html (hosts
		// serve it for unknown paths; `sirv --single 404.html` does here), which shows +error.svelte.
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		// The build and bench scripts are TypeScript too: type-checked with the rest.
		typescript: {
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		},
		// Registered by the page itself, so a new version can ask before it takes over.
		serviceWorker: { register: false },
		// The styles are small: in the page itself they paint with the HTML, with no request to wait for.
		inlineStyleThreshold: 16_384,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		csp: {
			// Private by construction: the browser may only talk to our own origin.
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
