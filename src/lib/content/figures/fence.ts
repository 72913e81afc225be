/**
 * A ```figure block in a lesson, read as YAML and checked against its figure type. Problems
 * carry the file line of the key they are about (the block's own lines count from the line after
 * the opening fence) and the figure's number in the lesson as their place.
 */
import type { Problem } from '../problems';
import { check } from '../schema';
import { parseYaml } from '../yaml';
import { figureSchema, type Figure } from './schema';

export interface FigureSource {
	file: string;
	/** File line of the opening fence (```figure). */
	fenceLine: number;
	/** The figure's number in its lesson, for messages ("figuur 2"). */
	number: number;
}

export function readFigure(yamlText: string, { file, fenceLine, number }: FigureSource): { figure?: Figure; problems: Problem[] } {
	const place = `figuur ${number}`;
	const yaml = parseYaml(yamlText, file, fenceLine + 1);
	const placed = (problems: Problem[]) =>
		problems.map((p) => ({ ...p, place, line: p.line ?? (p.path && yaml.lineOf(p.path)) ?? fenceLine }));
	if (yaml.problems.length) return { problems: placed(yaml.problems) };
	const result = check(figureSchema, yaml.value, file);
	if (!result.ok) return { problems: placed(result.problems) };
	return { figure: result.value as Figure, problems: [] };
}
