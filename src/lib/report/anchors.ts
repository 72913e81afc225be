/**
 * The parts of the source report that the course refers to, and where each one stands on the
 * report page (`/rapport/`). Kept to numbers only, so that pages which link references in a
 * text (quiz explanations, scenario feedback) carry very little; the titles and descriptions
 * are in `outline.ts`, which only the report page and the build read.
 *
 * The numbers are the report's own: it has an unnumbered summary, chapters 1-8, no §3.2 (it
 * goes from 3.1 to 3.3), recommendations to peers numbered 1-6 and to professionals numbered
 * 2-12 (there is no recommendation 1 for professionals), and eleven interviews.
 */
export const REPORT_PATH = '/rapport/';

export const REPORT_SECTIONS = [
	'1', '1.1', '1.2', '1.3',
	'2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6',
	'3', '3.1', '3.3',
	'4', '4.1', '4.2', '4.3', '4.4',
	'5', '5.1', '5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.2', '5.3', '5.4',
	'6', '7', '8'
] as const;

export type SectionNumber = (typeof REPORT_SECTIONS)[number];

export const PEER_RECOMMENDATIONS = [1, 2, 3, 4, 5, 6] as const;
export const PROFESSIONAL_RECOMMENDATIONS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const INTERVIEWS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

export type PeerNumber = (typeof PEER_RECOMMENDATIONS)[number];
export type ProfessionalNumber = (typeof PROFESSIONAL_RECOMMENDATIONS)[number];
export type InterviewNumber = (typeof INTERVIEWS)[number];

const sections = new Set<string>(REPORT_SECTIONS);

export const isSection = (number: string): number is SectionNumber => sections.has(number);
export const isProfessional = (n: number): n is ProfessionalNumber => (PROFESSIONAL_RECOMMENDATIONS as readonly number[]).includes(n);
export const isPeer = (n: number): n is PeerNumber => (PEER_RECOMMENDATIONS as readonly number[]).includes(n);
export const isInterview = (n: number): n is InterviewNumber => (INTERVIEWS as readonly number[]).includes(n);

/** Anchor ids on the report page: `p5-1-1` for §5.1.1, `aanbeveling-7`, `lotgenoten-1`, `interview-4`. */
export const SUMMARY_ANCHOR = 'samenvatting';
export const sectionAnchor = (number: SectionNumber) => `p${number.replaceAll('.', '-')}`;
export const professionalAnchor = (n: ProfessionalNumber) => `aanbeveling-${n}`;
export const peerAnchor = (n: PeerNumber) => `lotgenoten-${n}`;
export const interviewAnchor = (n: InterviewNumber) => `interview-${n}`;
