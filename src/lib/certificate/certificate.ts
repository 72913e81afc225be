/**
 * What the certificate shows, computed from local progress and the course outline: nothing is
 * checked by anyone else, and the page says so. Returns nothing while the course is incomplete
 * or no name has been given, so a page can't show a certificate by mistake.
 */
import type { RubricDimension } from '../content/types';
import type { Progress } from '../progress/schema';
import { courseAttempts, summariseDimensions } from '../scoring/attempts';
import type { Standing } from '../scoring/quality';
import { shareFigure } from '../scoring/result';
import { courseCompletion, type CompletionModule } from './completion';
import { cleanName } from './name';

export const COURSE_TITLE = 'Bamboe';
export const COURSE_SUBTITLE =
	'Een cursus over de late gevolgen van emotionele mishandeling en verwaarlozing in de kindertijd';

export type CertificateModule = CompletionModule & { minutes: number };

export interface Certificate {
	name: string;
	completedAt: Date;
	/** Each module with its study time and, when it has a quiz, the quiz's best score. */
	modules: { number: number; title: string; minutes: number; quiz?: { correct: number; total: number } }[];
	totalMinutes: number;
	/**
	 * Per rubric dimension the scenarios score, the mean share of each scenario's best attempt,
	 * worded as everywhere else ("75 % · sterk").
	 */
	dimensions: { id: string; name: string; share: number; figure: string; scenarios: number; standing: Standing }[];
}

export function buildCertificate(input: {
	progress: Progress;
	modules: readonly CertificateModule[];
	rubric: readonly Pick<RubricDimension, 'id' | 'name'>[];
	name: string;
}): Certificate | undefined {
	const name = cleanName(input.name);
	const completion = courseCompletion(input.progress, input.modules);
	if (!name || !completion.complete || !completion.completedAt) return undefined;

	const attempts = courseAttempts(input.progress, input.modules);
	const names = new Map(input.rubric.map((d) => [d.id, d.name]));
	const dimensions = summariseDimensions(attempts, input.rubric.map((d) => d.id)).map((d) => ({
		id: d.dimension,
		name: names.get(d.dimension) ?? d.dimension,
		share: d.share,
		figure: shareFigure(d.share),
		scenarios: d.scenarios,
		standing: d.standing
	}));

	return {
		name,
		completedAt: completion.completedAt,
		modules: input.modules.map((m, i) => {
			const progress = completion.modules[i]!.progress;
			return {
				number: m.number,
				title: m.title,
				minutes: m.minutes,
				...(progress.quizTotal > 0 && { quiz: progress.quizBest ?? { correct: progress.quizCorrect, total: progress.quizTotal } })
			};
		}),
		totalMinutes: input.modules.reduce((sum, m) => sum + m.minutes, 0),
		dimensions
	};
}
