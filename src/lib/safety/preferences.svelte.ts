/** The safety preferences as reactive state for components: one instance for the site. */
import { deviceStore } from '../browser/storage';
import { DEFAULT_PREFERENCES, readPreferences, writePreferences, type Preferences } from './preferences';

class PreferencesState {
	value = $state<Preferences>(DEFAULT_PREFERENCES);
	private loaded = false;

	load() {
		if (this.loaded) return;
		this.value = readPreferences(deviceStore());
		this.loaded = true;
	}

	setCollapseQuotes(collapse: boolean) {
		this.load();
		this.value = { ...this.value, collapseQuotes: collapse };
		writePreferences(deviceStore(), this.value);
	}
}

export const preferences = new PreferencesState();
