/**
 * A component that is loaded only when a page first needs it, so the code for results or
 * file handling does not weigh on every first visit. (Svelte's `{#await}` block would do the
 * same, but pulls a much larger part of the runtime into the bundle every page shares.)
 */
export function lazyComponent<T>(load: () => Promise<{ default: T }>) {
	let component = $state<T | undefined>();
	let loading: Promise<void> | undefined;
	return {
		get component() {
			return component;
		},
		/**
		 * Starts loading (once); `component` is set when it has arrived. The promise lets a page
		 * wait for it where content appearing later would shift what the learner is reading.
		 */
		load(): Promise<void> {
			loading ??= load().then((module) => {
				component = module.default;
			});
			return loading;
		}
	};
}
