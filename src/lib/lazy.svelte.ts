/**
 * A component that is loaded only when a page first needs it, so the code for results or
 * file handling does not weigh on every first visit. (Svelte's `{#await}` block would do the
 * same, but pulls a much larger part of the runtime into the bundle every page shares.)
 *
 * When the code does not arrive, `component` is a short notice that offers to load the page
 * again, in the place the component would take: callers render `component` as they would anyway.
 */
import LoadFailed from './components/LoadFailed.svelte';

export function lazyComponent<T>(load: () => Promise<{ default: T }>) {
	let component = $state<T | undefined>();
	let loading: Promise<void> | undefined;
	return {
		get component() {
			return component;
		},
		/**
		 * Starts loading (once); `component` is set when it has arrived, or to the notice. The
		 * promise lets a page wait for it where content appearing later would shift what the
		 * learner is reading; it never rejects.
		 */
		load(): Promise<void> {
			loading ??= load().then(
				(module) => {
					component = module.default;
				},
				// The notice ignores the props meant for the real component.
				() => {
					component = LoadFailed as T;
				}
			);
			return loading;
		}
	};
}
