import { getCourse } from '$lib/content/course.server';
import { reportPage } from '$lib/report/page';

export async function load() {
	return { report: reportPage(await getCourse()) };
}
