/**
 * Presentation mode shows a whole decision on one screen, however long the author's texts are:
 * the type is as large as the screen allows, and only as much smaller as it takes to fit. The
 * search is written here without the browser (the page passes a function that sets a scale
 * and says whether everything fits), so the rule can be tested on its own.
 */

export interface FitRange {
	/** The smallest scale allowed; below it the page scrolls rather than shrink further. */
	min: number;
	max: number;
	/** How many halvings of the range to try: 7 gets within 0.4 % of the best scale. */
	steps: number;
}

export const PRESENTATION_FIT: FitRange = { min: 0.5, max: 1, steps: 7 };

/**
 * The largest scale in the range at which `fits` says yes, assuming that what fits at one
 * scale fits at every smaller one. `max` when it fits as it is; `min` when nothing fits (the
 * caller then lets the page scroll, so nothing is cut off).
 */
export function largestFittingScale(fits: (scale: number) => boolean, range: FitRange = PRESENTATION_FIT): number {
	if (fits(range.max)) return range.max;
	let low = range.min;
	let high = range.max;
	for (let step = 0; step < range.steps; step++) {
		const middle = (low + high) / 2;
		if (fits(middle)) low = middle;
		else high = middle;
	}
	return low;
}

/**
 * Sets `--fit` on `host` to the largest scale at which `stage` shows everything without
 * scrolling (the stage's type is `--fit` times its normal size). When even the smallest scale
 * is too big, sets `--stage-overflow: auto`, so the stage scrolls and nothing is cut off.
 */
export function fitStage(host: HTMLElement, stage: HTMLElement, range: FitRange = PRESENTATION_FIT): number {
	host.style.removeProperty('--stage-overflow');
	const fits = (scale: number) => {
		host.style.setProperty('--fit', String(scale));
		return stage.scrollHeight <= stage.clientHeight + 1 && stage.scrollWidth <= stage.clientWidth + 1;
	};
	const scale = largestFittingScale(fits, range);
	if (!fits(scale)) host.style.setProperty('--stage-overflow', 'auto');
	return scale;
}

/** Back to the normal type size (presentation mode off, or nothing to fit). */
export function unfitStage(host: HTMLElement): void {
	host.style.removeProperty('--fit');
	host.style.removeProperty('--stage-overflow');
}
