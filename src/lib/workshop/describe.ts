/**
 * The map's edges and totals in words, for the list view, the SVG's titles and the totals
 * table: one wording, so what a screen reader hears and what the drawing shows agree.
 */
import type { MapEdge } from './map';
import { QUALITY_WORDS } from '../scoring/quality';

/** `+2` / `-1` / `0`. */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : String(n);
}

/** "keuze 2", "regel 1 van respond" or "regel 1 van next", counted from 1 as authors count. */
export function edgeName(edge: MapEdge): string {
	return edge.kind === 'choice' ? `keuze ${edge.index + 1}` : `regel ${edge.index + 1} van ${edge.kind === 'reply' ? 'respond' : 'next'}`;
}

/** The details of an edge after its name and target: score, trust, condition, flags set, quality. */
export function edgeDetails(edge: MapEdge, dimensionName: (id: string) => string): string[] {
	const score = Object.entries(edge.score).map(([id, points]) => `${dimensionName(id)} ${signed(points)}`);
	return [
		...(edge.kind === 'rule' ? [] : [score.length ? score.join(', ') : 'geen punten']),
		...(edge.unless?.length ? [`niet bij ${edge.unless.join(', ')}`] : []),
		...(edge.trust ? [`trust ${signed(edge.trust)}`] : []),
		...(edge.if ? [`alleen als ${edge.if}`] : edge.kind === 'rule' ? ['als geen regel ervoor klopt'] : []),
		...(edge.sets.length ? [`zet ${edge.sets.join(', ')}`] : []),
		...(edge.quality ? [QUALITY_WORDS[edge.quality].toLowerCase()] : []),
		...(edge.neverOffered ? ['wordt op geen enkel pad aangeboden'] : [])
	];
}

/** One line for the edge: `keuze 1 → vraag: "label" (regie +2; helpend)`. */
export function describeEdge(edge: MapEdge, dimensionName: (id: string) => string): string {
	const to = edge.to ?? `${edge.target ?? '?'} (bestaat niet)`;
	const label = edge.label ? `: ${edge.label}` : '';
	return `${edgeName(edge)} → ${to}${label} (${edgeDetails(edge, dimensionName).join('; ')})`;
}
