// Each course scenario's file as it is written, for the workshop to open: built once as a
// static file, loaded only when a trainer or author opens that scenario there.
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCourse } from '$lib/content/course.server';

export const prerender = true;

async function scenarios() {
	return (await getCourse()).modules.flatMap((m) => m.scenarios);
}

export async function entries() {
	return (await scenarios()).map((s) => ({ scenario: s.id }));
}

export async function GET({ params }) {
	const scenario = (await scenarios()).find((s) => s.id === params.scenario);
	if (!scenario) error(404, 'Dit scenario bestaat niet');
	// A byte order mark some editors write is not part of the text.
	const text = (await readFile(join(process.cwd(), scenario.file), 'utf8')).replace(/^\uFEFF/, '');
	return new Response(text, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
}
