/**
 * `npm run package`: the course as SCORM packages for an LMS. Builds the course with the LMS
 * bridge in it (into build-lms/, so the plain site in build/ never has it), adds what the bridge
 * needs to read the course (lms-course.json), and writes dist/bamboe-scorm12.zip and
 * dist/bamboe-scorm2004.zip, each with its imsmanifest.xml. Prints what it wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { loadCourse } from '../src/lib/content/load';
import { COURSE_SUBTITLE, COURSE_TITLE } from '../src/lib/certificate/certificate';
import { lmsCourse } from '../src/lib/lms/course';
import { MASTERY_SCORE } from '../src/lib/lms/report';
import { scormManifest, type ScormVersion } from './lib/scorm-manifest';

export const PACKAGE_BUILD = 'build-lms';
export const PACKAGE_DIR = 'dist';
export const PACKAGES: Record<ScormVersion, string> = {
	'1.2': 'bamboe-scorm12.zip',
	'2004': 'bamboe-scorm2004.zip'
};

export async function main(args: string[]): Promise<number> {
	const { course } = await loadCourse(process.cwd());
	if (!course) {
		console.error('De cursusinhoud heeft fouten; draai npm run validate.');
		return 1;
	}
	if (!args.includes('--no-build')) {
		execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...process.env, BAMBOE_PACKAGE: 'lms' } });
	}
	writeFileSync(join(PACKAGE_BUILD, 'lms-course.json'), JSON.stringify(lmsCourse(course)));

	const files = listFiles(PACKAGE_BUILD);
	const contents: Zippable = Object.fromEntries(files.map((file) => [file, readFileSync(join(PACKAGE_BUILD, file))]));
	mkdirSync(PACKAGE_DIR, { recursive: true });
	for (const [version, name] of Object.entries(PACKAGES) as [ScormVersion, string][]) {
		const manifest = scormManifest({ version, title: `${COURSE_TITLE}: ${COURSE_SUBTITLE.toLowerCase()}`, masteryScore: MASTERY_SCORE, files, launch: 'index.html' });
		const zip = zipSync({ ...contents, 'imsmanifest.xml': new TextEncoder().encode(manifest) }, { level: 9 });
		writeFileSync(join(PACKAGE_DIR, name), zip);
		console.log(`${join(PACKAGE_DIR, name)}: SCORM ${version}, ${files.length + 1} bestanden, ${(zip.length / 1024).toFixed(0)} KB`);
	}
	return 0;
}

/** Every file under `root`, relative, with `/` separators, in a stable order. */
export function listFiles(root: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir).sort()) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else found.push(relative(root, path).split('\\').join('/'));
		}
	};
	walk(root);
	return found;
}
