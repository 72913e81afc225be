/** Small helpers the bench scripts share. */

/** The value at `fraction` (0..1) of an ascending list; 0 for an empty list. */
export function percentile(sorted: readonly number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/** The value of `--name=value` among the arguments, if given. */
export function option(args: readonly string[], name: string): string | undefined {
	const prefix = `--${name}=`;
	return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
