// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** True only in the SCORM package build (see vite.config.ts). */
	const __BAMBOE_LMS__: boolean;
}

export {};
