/**
 * A setting the learner chooses, kept in browser storage, as reactive state for components:
 * read from storage the first time it is asked for (in the browser, not while rendering markup,
 * where reading may write state), written at once when it changes.
 */
export class StoredSetting<T> {
	value = $state() as T;
	private loaded = false;

	constructor(
		initial: T,
		private readonly read: () => T,
		private readonly write: (value: T) => unknown
	) {
		this.value = initial;
	}

	load(): T {
		if (!this.loaded) {
			this.value = this.read();
			this.loaded = true;
		}
		return this.value;
	}

	set(value: T) {
		this.loaded = true;
		this.value = value;
		this.write(value);
	}
}
