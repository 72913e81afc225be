import { describe, expect, it } from 'vitest';
import { courseDocuments } from '$lib/search/documents';
import { fixtureCourse } from './fixture';

const docs = courseDocuments(fixtureCourse);
const byId = (id: string) => docs.find((doc) => doc.id === id);

describe('courseDocuments', () => {
	it('has one document per section, quote, term, quiz question, module and scenario', () => {
		const count = (kind: string) => docs.filter((doc) => doc.kind === kind).length;
		const lessons = fixtureCourse.modules.flatMap((module) => module.lessons);
		expect(count('section')).toBe(lessons.flatMap((lesson) => lesson.sections).length);
		expect(count('quote')).toBe(lessons.flatMap((lesson) => lesson.quotes).length);
		expect(count('term')).toBe(fixtureCourse.glossary.length);
		expect(count('quiz')).toBe(
			fixtureCourse.modules.reduce((n, module) => n + (module.quiz?.questions.length ?? 0), 0)
		);
		expect(count('module')).toBe(fixtureCourse.modules.length);
		expect(count('scenario')).toBe(fixtureCourse.modules.flatMap((module) => module.scenarios).length);
		expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
	});

	it('points sections at their anchor, and the intro at the lesson itself', () => {
		expect(byId('section:behandelingen/ptss-in-fasen#stair-exposure')).toMatchObject({
			url: '/behandelingen/ptss-in-fasen/#stair-exposure',
			title: 'STAIR/Exposure',
			lessonTitle: 'PTSS: trauma-gefocust en in fasen',
			moduleTitle: 'Behandelingen'
		});
		expect(byId('section:behandelingen/ptss-in-fasen')).toMatchObject({
			url: '/behandelingen/ptss-in-fasen/',
			title: 'PTSS: trauma-gefocust en in fasen'
		});
	});

	it('points quotes at their section, with the attribution as title', () => {
		expect(byId('quote:late-gevolgen/dissociatie#1')).toMatchObject({
			url: '/late-gevolgen/dissociatie/#ontsnappen-zonder-weg-te-kunnen',
			title: 'Interview 6',
			text: 'Dissociëren kostte veel energie om op de wereld te blijven.'
		});
	});

	it('leaves a quote out of its section text, so it is found once', () => {
		const section = byId('section:late-gevolgen/dissociatie#ontsnappen-zonder-weg-te-kunnen')!;
		expect(section.text).not.toContain('kostte veel energie');
		expect(section.text).not.toContain('Interview 6');
		expect(section.text).toContain('een manier om te overleven');
	});

	it('finds a quote in its section whatever the line breaks, as the loader writes multi-line quotes', () => {
		const course = structuredClone(fixtureCourse);
		const lesson = course.modules[1]!.lessons[0]!;
		const section = lesson.sections.find((s) => s.id === 'ontsnappen-zonder-weg-te-kunnen')!;
		section.text = section.text.replace('energie om', 'energie\nom');
		const text = courseDocuments(course).find((doc) => doc.id === `section:late-gevolgen/dissociatie#${section.id}`)!.text;
		expect(text).not.toContain('kostte veel energie');
		expect(text.endsWith('zonder het zelf te merken.')).toBe(true);
	});

	it('points glossary terms, quiz questions, modules and scenarios at their pages', () => {
		expect(byId('term:complexe-ptss')).toMatchObject({
			url: '/begrippen/#complexe-ptss',
			title: 'complexe PTSS',
			keywords: 'CPTSS complexe posttraumatische stressstoornis'
		});
		expect(byId('term:complexe-ptss')!.moduleTitle).toBeUndefined();
		expect(byId('quiz:behandelingen#1')).toMatchObject({
			url: '/behandelingen/toets/',
			title: 'Welke voordelen van STAIR/Exposure noemt het rapport?'
		});
		expect(byId('module:late-gevolgen')).toMatchObject({ url: '/late-gevolgen/', title: 'Late gevolgen' });
		expect(byId('scenario:de-therapeutische-relatie/tien-minuten-voor-tijd')).toMatchObject({
			url: '/de-therapeutische-relatie/scenario/tien-minuten-voor-tijd/',
			moduleTitle: 'De therapeutische relatie'
		});
		expect(byId('scenario:de-therapeutische-relatie/tien-minuten-voor-tijd')!.text).toContain('Sanne, 34 jaar');
	});
});
