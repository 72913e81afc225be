// The search index, built once at build time and served as a static file that only the
// search page loads (other pages don't pay for it).
import { json } from '@sveltejs/kit';
import { getCourse } from '$lib/content/course.server';
import { courseDocuments } from '$lib/search/documents';
import { buildSearchIndex } from '$lib/search/build';

export const prerender = true;

export async function GET() {
	return json(buildSearchIndex(courseDocuments(await getCourse())));
}
