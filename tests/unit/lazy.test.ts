import { describe, expect, it } from 'vitest';
import LoadFailed from '$lib/components/LoadFailed.svelte';
import { lazyComponent } from '$lib/lazy.svelte';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyComponent', () => {
	it('gives the component once its code has arrived, loading it once', async () => {
		let calls = 0;
		const lazy = lazyComponent(async () => ({ default: (calls++, 'Result') }));
		expect(lazy.component).toBeUndefined();
		lazy.load();
		lazy.load();
		await settle();
		expect(lazy.component).toBe('Result');
		expect(calls).toBe(1);
	});

	it('gives the notice in its place when the code does not arrive, instead of nothing', async () => {
		const lazy = lazyComponent<string>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		lazy.load();
		await settle();
		expect(lazy.component).toBe(LoadFailed);
	});
});
