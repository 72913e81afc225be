/**
 * Fills a `<select>` with options and selects one, as a Svelte action. Svelte's own handling of
 * dynamic option values would move code into the runtime chunk every page shares; this keeps
 * the workshop's weight on the workshop's page.
 */
export interface SelectOptions {
	items: readonly { value: string; label: string }[];
	value: string;
}

export function selectOptions(select: HTMLSelectElement, options: SelectOptions) {
	const fill = ({ items, value }: SelectOptions) => {
		select.replaceChildren(...items.map((item) => new Option(item.label, item.value)));
		select.value = value;
	};
	fill(options);
	return { update: fill };
}
