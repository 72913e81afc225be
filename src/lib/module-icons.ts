/**
 * The line icons a module can carry (`icon:` in module.md): their names, for the content check.
 * Each is a symbol of the same id in static/module-icons.svg, on a 24×24 grid in the text colour
 * (the home and module pages show it with `<use>`); decoration beside a module's title, never its only label.
 */
export const MODULE_ICON_NAMES = [
	/** Four cells: a scheme to sort by (the forms of abuse). */
	'raster',
	/** A balance: what weighs on and what protects. */
	'weegschaal',
	/** Ripples: what carries on through the years. */
	'golven',
	/** A compass: choosing a way together. */
	'kompas',
	/** Two speech bubbles: the relationship between client and therapist. */
	'gesprek',
	/** A light: advice from those who lived it. */
	'lamp',
	/** A leaf: the default. */
	'blad'
] as const;

export type ModuleIconName = (typeof MODULE_ICON_NAMES)[number];
export const DEFAULT_MODULE_ICON: ModuleIconName = 'blad';
