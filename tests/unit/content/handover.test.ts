import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handedOverCourse, handOverCourse } from '$lib/content/handover';
import { loadWith } from './fixture';

describe('handing the checked course to the pages', () => {
	const saved = process.env.BAMBOE_CHECKED_COURSE;
	afterEach(() => {
		if (saved === undefined) delete process.env.BAMBOE_CHECKED_COURSE;
		else process.env.BAMBOE_CHECKED_COURSE = saved;
	});

	it('gives nothing outside a build, so the dev server loads modules/ itself', async () => {
		delete process.env.BAMBOE_CHECKED_COURSE;
		expect(await handedOverCourse()).toBeUndefined();
	});

	it('gives back exactly the course the build checked', async () => {
		const { course } = await loadWith({
			'modules/01-basis/scenarios/klein.yaml': `title: Klein\nsummary: Een vraag.\nclient: Sanne\nrubric: [doorvragen]\nstart: a\nnodes:\n  a:\n    text: Hallo.\n    choices:\n      - label: Vraag door.\n        score: { doorvragen: 2 }\n        feedback: Goed.\n        source: "§6"\n        next: b\n  b:\n    text: Einde.\n    end: true\n`
		});
		const dir = mkdtempSync(join(tmpdir(), 'bamboe-handover-'));
		try {
			await handOverCourse(course!, join(dir, 'sub', 'course.json'));
			expect(await handedOverCourse()).toEqual(course);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
