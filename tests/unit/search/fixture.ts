/**
 * A small but realistic course for the search tests only (the benchmark measures the real
 * course), shaped like what `loadCourse` produces (sections split at `##`, quotes also present in their section's text,
 * quiz explanations, scenarios, glossary). The wording is chosen so the tests can check word
 * families (mishandelen, verwaarlozen, beloven), near misses (handeling, beloning, groei) and
 * diacritics (dissociëren, cliënt, schema's).
 */
import type { Course, GlossaryTerm, Lesson, Module, Quiz } from '$lib/content/types';
import type { ScenarioData } from '$lib/scenario/types';

interface SectionSpec {
	/** Anchor id; '' for the intro before the first heading. */
	id: string;
	title: string;
	paragraphs: string[];
	/** [text, attribution]; written into the section text as the loader does. */
	quotes?: [string, string][];
}

function lesson(moduleId: string, id: string, title: string, sections: SectionSpec[]): Lesson {
	return {
		id,
		moduleId,
		file: `modules/${moduleId}/lessons/${id}.md`,
		title,
		html: '',
		sections: sections.map((section) => ({
			id: section.id,
			title: section.id ? section.title : '',
			text: [
				...section.paragraphs,
				...(section.quotes ?? []).map(([text, attribution]) => `${text}\n— ${attribution}`)
			].join('\n')
		})),
		quotes: sections.flatMap((section) =>
			(section.quotes ?? []).map(([text, attribution]) => ({ text, attribution, sectionId: section.id }))
		),
		sources: '§2',
		terms: [],
		reportAnchors: ['p2'],
		figures: 0
	};
}

function scenario(
	moduleId: string,
	id: string,
	title: string,
	summary: string,
	client: string
): ScenarioData {
	return {
		id,
		moduleId,
		file: `modules/${moduleId}/scenarios/${id}.yaml`,
		title,
		summary,
		client,
		feedback: 'immediate',
		rubric: ['eerlijkheid'],
		trust: 0,
		flags: [],
		start: 'opening',
		nodes: { opening: { id: 'opening', text: 'Einde.', end: true } },
		nodeOrder: ['opening'],
		best: { eerlijkheid: 0 },
		worst: { eerlijkheid: 0 },
		decisions: { fewest: 0, most: 0 }
	};
}

function module(
	number: number,
	id: string,
	title: string,
	summary: string,
	lessons: Lesson[],
	quiz?: Quiz,
	scenarios: ScenarioData[] = []
): Module {
	return {
		id,
		number,
		dir: `modules/0${number}-${id}`,
		title,
		summary,
		minutes: 30,
		goals: [],
		icon: 'blad',
		introHtml: '',
		lessons,
		...(quiz ? { quiz } : {}),
		scenarios
	};
}

function quiz(moduleId: string, questions: [prompt: string, explanation: string][]): Quiz {
	return {
		file: `modules/${moduleId}/quiz.yaml`,
		questions: questions.map(([prompt, explanation]) => ({
			type: 'keuze' as const,
			prompt,
			options: ['Ja', 'Nee'],
			answers: [0],
			explanation,
			source: '§5'
		}))
	};
}

const M1 = 'wat-is-kindermishandeling';
const M2 = 'late-gevolgen';
const M3 = 'behandelingen';
const M4 = 'de-therapeutische-relatie';

const module1 = module(
	1,
	M1,
	'Wat is kindermishandeling?',
	'Definitie, vormen en hoe vaak kindermishandeling voorkomt, met de nadruk op emotionele mishandeling en verwaarlozing.',
	[
		lesson(M1, 'definitie', 'Wat is kindermishandeling?', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Kindermishandeling is meer dan slaan. In deze les lees je hoe de wet kindermishandeling omschrijft en waarom ook wat er níet gebeurt schade kan doen.'
				]
			},
			{
				id: 'wat-zegt-de-wet',
				title: 'Wat zegt de wet?',
				paragraphs: [
					'De Wet maatschappelijke ondersteuning noemt elke vorm van bedreigend of gewelddadig contact met een minderjarige kindermishandeling. Het gaat uit van ouders of andere mensen van wie het kind afhankelijk is.',
					'Zij doen dat actief of passief. Daardoor loopt het kind ernstige schade op, lichamelijk of psychisch, of dreigt het die op te lopen.'
				]
			},
			{
				id: 'vier-vormen',
				title: 'Vier vormen in één schema',
				paragraphs: [
					'Het rapport ordent kindermishandeling in een schema met twee assen: iets doen (commissie) of iets nalaten (omissie), en lichamelijk of emotioneel. Zo ontstaan vier vormen: lichamelijke mishandeling, emotionele mishandeling, lichamelijke verwaarlozing en emotionele verwaarlozing.'
				]
			}
		]),
		lesson(M1, 'emotionele-mishandeling', 'Emotionele mishandeling', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Emotionele mishandeling laat geen blauwe plekken na. Toch ervaren veel volwassenen die als kind emotioneel mishandeld zijn de gevolgen als ingrijpender dan die van lichamelijk geweld.'
				]
			},
			{
				id: 'wat-is-emotionele-mishandeling',
				title: 'Wat is emotionele mishandeling?',
				paragraphs: [
					'Een ouder die een kind stelselmatig kleineert, uitscheldt, bedreigt of belachelijk maakt, mishandelt het kind emotioneel. Ook een kind dat getuige is van geweld tussen de ouders wordt emotioneel mishandeld.',
					'Kinderen die zo mishandelden werden, leerden vaak dat hun gevoelens er niet toe deden.'
				],
				quotes: [['Lichamelijk kan je je weren, constant onderdrukt worden kun je niet.', 'Interview 3']]
			},
			{
				id: 'waarom-het-zo-zwaar-weegt',
				title: 'Waarom het zo zwaar weegt',
				paragraphs: [
					'Onderzoek laat zien dat emotionele mishandeling sterk samenhangt met depressie, angst en een negatief zelfbeeld op latere leeftijd. Wie als kind mishandeld werd, heeft als volwassene vaker moeite met het reguleren van emoties.'
				]
			}
		]),
		lesson(M1, 'emotionele-verwaarlozing', 'Emotionele verwaarlozing', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Bij emotionele verwaarlozing gebeurt er niet iets, maar ontbreekt er iets: warmte, aandacht, liefde. Daardoor is het moeilijk te zien, ook voor het kind zelf.'
				]
			},
			{
				id: 'wat-is-emotionele-verwaarlozing',
				title: 'Wat is emotionele verwaarlozing?',
				paragraphs: [
					'Ouders die hun kind emotioneel verwaarlozen, geven geen warmte en stellen geen regels. Het kind krijgt geen kans om op te groeien in een liefdevol gezin.'
				],
				quotes: [
					['Vroeger liep ik weleens naar beneden voor een knuffel, maar die kreeg ik dan niet.', 'Interview 10']
				]
			},
			{
				id: 'vaak-niet-herkend',
				title: 'Vaak niet herkend',
				paragraphs: [
					'Veel kinderen hebben niet door dat ze verwaarloosd worden. Sommigen komen daar pas op latere leeftijd achter, bijvoorbeeld in therapie. Een kind weet vaak niet beter dan de situatie waarin het opgroeit.'
				],
				quotes: [['Wij hebben onszelf opgevoed.', 'Interview 11']]
			}
		]),
		lesson(M1, 'lichamelijke-vormen', 'Lichamelijke mishandeling en verwaarlozing', [
			{
				id: 'lichamelijke-mishandeling',
				title: 'Lichamelijke mishandeling',
				paragraphs: [
					'Bij lichamelijke mishandeling wordt een kind actief schade toegebracht: slaan, schoppen, knijpen. De sporen zijn soms zichtbaar, maar lang niet altijd.'
				]
			},
			{
				id: 'lichamelijke-verwaarlozing',
				title: 'Lichamelijke verwaarlozing',
				paragraphs: [
					'Bij lichamelijke verwaarlozing krijgt een kind niet wat het lichamelijk nodig heeft: voeding, kleding, hygiëne of medische zorg. Deze vorm wordt vaak samengenomen met emotionele verwaarlozing.'
				]
			}
		])
	],
	quiz(M1, [
		[
			'Welke vorm van kindermishandeling is een omissie op emotioneel gebied?',
			'Emotionele verwaarlozing: het kind krijgt iets niet wat het emotioneel nodig heeft, zoals warmte en aandacht. Bij emotionele mishandeling gebeurt juist wel iets.'
		],
		[
			'Waarom wordt emotionele verwaarlozing vaak niet herkend?',
			'Er gebeurt niets zichtbaars. Kinderen die verwaarloosd worden, kennen vaak niets anders en ontdekken pas later wat ze gemist hebben.'
		]
	])
);

const module2 = module(
	2,
	M2,
	'Late gevolgen',
	'Wat emotionele mishandeling en verwaarlozing op volwassen leeftijd kunnen betekenen: depressie, dissociatie, relaties en werk.',
	[
		lesson(M2, 'dissociatie', 'Dissociatie', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Wie als kind niet kon vluchten, leerde soms om in gedachten te vertrekken. In deze les lees je wat dissociatie is en hoe het later terugkomt.'
				]
			},
			{
				id: 'ontsnappen-zonder-weg-te-kunnen',
				title: 'Ontsnappen zonder weg te kunnen',
				paragraphs: [
					'Bij dissociatie worden gedachten, gevoelens of herinneringen buiten het bewustzijn gehouden. Voor een kind in een onveilig gezin is dissociëren een manier om te overleven.',
					'Op volwassen leeftijd kost het vaak veel energie. Cliënten beschrijven dat ze dissocieerden zonder het zelf te merken.'
				],
				quotes: [
					['Dissociëren kostte veel energie om op de wereld te blijven.', 'Interview 6']
				]
			}
		]),
		lesson(M2, 'relaties-en-werk', 'Relaties en werk', [
			{
				id: 'vertrouwen-in-relaties',
				title: 'Vertrouwen in relaties',
				paragraphs: [
					'Volwassenen met een verleden van emotionele verwaarlozing vinden het vaak moeilijk om anderen te vertrouwen. Nabijheid voelt onveilig, afstand voelt vertrouwd.'
				]
			},
			{
				id: 'werk-en-erkenning',
				title: 'Werk en erkenning',
				paragraphs: [
					'Op het werk zoeken sommigen een beloning die ze thuis nooit kregen: erkenning, een compliment, gezien worden. Anderen werken door tot ze uitvallen.'
				]
			},
			{
				id: 'kleine-gebaren',
				title: 'Kleine gebaren',
				paragraphs: [
					'Soms maakt één kleine handeling het verschil: een kop thee aanbieden, een deur openhouden, even blijven zitten. Zulke gebaren zeggen meer dan een folder.'
				]
			},
			{
				id: 'posttraumatische-groei',
				title: 'Posttraumatische groei',
				paragraphs: [
					'Naast schade beschrijven sommige geïnterviewden ook groei: ze ontwikkelden veerkracht, compassie en een scherp oog voor anderen.'
				]
			}
		])
	],
	quiz(M2, [
		[
			'Een cliënte zegt dat ze als kind "er gewoon niet meer was" als haar vader schreeuwde. Hoe begrijp je dit?',
			'Het rapport beschrijft dissociatie als een aanpassing aan een onveilige omgeving: wie niet lichamelijk kan vluchten, vlucht in gedachten.'
		]
	])
);

const module3 = module(
	3,
	M3,
	'Behandelingen',
	'Welke behandelingen het rapport noemt voor de late gevolgen, voor welk probleem, en hoe sterk het bewijs is.',
	[
		lesson(M3, 'schematherapie', 'Schematherapie bij chronische depressie', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Schematherapie richt zich op patronen die in de kindertijd zijn ontstaan. Het rapport noemt deze therapie vooral bij chronische depressie.'
				]
			},
			{
				id: 'wat-zijn-schemas',
				title: "Wat zijn schema's?",
				paragraphs: [
					"Volgens de schematherapie liggen aan psychische problemen vaak vroege maladaptieve schema's ten grondslag. Een schema is een diepgeworteld patroon van gedachten en gevoelens over jezelf en anderen.",
					'Emotionele verwaarlozing hangt sterk samen met het schema emotionele deprivatie: de verwachting dat niemand in je behoeften zal voorzien.'
				]
			},
			{
				id: 'hoe-een-schema-in-stand-blijft',
				title: 'Hoe een schema in stand blijft',
				paragraphs: [
					'Wie een schema vermijdt, bevestigt het ongemerkt. Vermijden hing in onderzoek samen met terugkerende depressie.'
				]
			}
		]),
		lesson(M3, 'ptss-in-fasen', 'PTSS: trauma-gefocust en in fasen', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Bij PTSS na vroegkinderlijk trauma wordt vaak eerst aan emotieregulatie gewerkt en daarna aan de herinneringen zelf.'
				]
			},
			{
				id: 'stair-exposure',
				title: 'STAIR/Exposure',
				paragraphs: [
					'De behandeling van Cloitre en collega\'s heet STAIR/Exposure. STAIR staat voor Skills Training in Affective and Interpersonal Regulation: in de eerste fase oefent de cliënt vaardigheden voor emotieregulatie en relaties.',
					'In de tweede fase volgt exposure: de cliënt vertelt de traumatische herinneringen opnieuw, tot ze minder angst oproepen.'
				]
			},
			{
				id: 'voor-de-praktijk',
				title: 'Voor de praktijk',
				paragraphs: [
					'Een gefaseerde aanpak past bij cliënten die veel moeite hebben met het reguleren van emoties. Het rapport pleit voor eerst vaardigheidstraining, dan exposure, zoals in STAIR.'
				]
			}
		]),
		lesson(M3, 'individueel-of-in-een-groep', 'Complexe PTSS: individueel of in een groep?', [
			{
				id: 'wat-is-complexe-ptss',
				title: 'Wat is complexe PTSS?',
				paragraphs: [
					'Bij complexe PTSS gaat het om meer dan de klachten van PTSS: ook problemen met emotieregulatie, zelfbeeld en relaties, en vaak dissociatie.'
				]
			},
			{
				id: 'twee-onderzoeken',
				title: 'Twee onderzoeken, twee beelden',
				paragraphs: [
					'Een pilotstudie zag vroege tekenen dat een groepsbehandeling gericht op stabilisatie werkte. Een meta-analyse liet zien dat groepsbehandeling minder effect heeft dan individuele behandeling.'
				]
			},
			{
				id: 'wat-zeiden-de-geinterviewden',
				title: 'Wat zeiden de geïnterviewden?',
				paragraphs: [
					'Groepstherapie hoort bij de drie dingen die volgens de geïnterviewden vaak níet werkten. Iemand durfde in de groep niet over zichzelf te praten.',
					'Maar het beeld is niet zwart-wit: een lotgenotengroep gaf een ander juist herkenning.'
				],
				quotes: [
					[
						'Ik wilde niet over mezelf praten in de groep, want ik was bang voor afwijzing.',
						'Interview 2'
					]
				]
			}
		])
	],
	quiz(M3, [
		[
			'Welke voordelen van STAIR/Exposure noemt het rapport?',
			'De eerste fase van STAIR traint emotieregulatie, zodat de cliënt de exposure in de tweede fase beter aankan.'
		],
		[
			'Wat zegt de meta-analyse over groepstherapie bij complexe PTSS?',
			'Groepsbehandeling heeft minder effect dan individuele behandeling, maar een combinatie van groep en individueel scoort beter dan groep alleen.'
		]
	]),
	[
		scenario(
			M3,
			'wat-kan-deze-behandeling',
			'Wat kan deze behandeling?',
			'Een cliënt vraagt of EMDR hem zal genezen. Kun je eerlijk zijn over wat een behandeling kan, zonder beloftes die je niet kunt waarmaken?',
			'Mark, 41 jaar, al jaren somber, emotioneel verwaarloosd als kind.'
		)
	]
);

const module4 = module(
	4,
	M4,
	'De therapeutische relatie',
	'Wat ervaringsdeskundigen vragen van de relatie met hun therapeut: tijd, eerlijkheid, regie en menselijkheid.',
	[
		lesson(M4, 'tijd-en-tempo', 'Tijd en tempo', [
			{
				id: '',
				title: '',
				paragraphs: [
					'Vertrouwen groeit langzaam. Geïnterviewden vertellen hoe het voelt als een behandelaar haast heeft.'
				]
			},
			{
				id: 'tijd-laat-zich-zien',
				title: 'Tijd laat zich zien',
				paragraphs: [
					'Tempo gaat ook over hoe jij met de klok omgaat. Op je horloge kijken terwijl de cliënt net begint te vertellen, zegt: jouw verhaal past niet in mijn tijd.',
					'Zeg liever eerlijk hoeveel tijd er nog is, en spreek af hoe jullie verdergaan.'
				],
				quotes: [['De psychiater keek steeds op zijn horloge. Toen ben ik gestopt met praten.', 'Interview 2']]
			}
		]),
		lesson(M4, 'eerlijkheid', 'Eerlijk, geen valse beloftes', [
			{
				id: 'wat-een-behandeling-kan',
				title: 'Wat een behandeling kan',
				paragraphs: [
					'Wees eerlijk over wat een behandeling kan en niet kan. Beloof niets wat je niet kunt waarmaken: een belofte die gebroken wordt, bevestigt wat de cliënt als kind leerde.',
					'Geïnterviewden vertellen over therapeuten die beloofden dat alles goed zou komen, en over de teleurstelling daarna.'
				]
			},
			{
				id: 'als-het-niet-klikt',
				title: 'Als het niet klikt',
				paragraphs: [
					'Zeg het als er geen klik is, zodat de cliënt weet dat het niet aan hem ligt. Verwijs warm door, zodat het verhaal niet opnieuw verteld hoeft te worden.'
				]
			}
		])
	],
	undefined,
	[
		scenario(
			M4,
			'tien-minuten-voor-tijd',
			'Tien minuten voor tijd',
			'Vlak voor het einde van de sessie begint de cliënt te vertellen over vroeger. Kijk je op de klok?',
			'Sanne, 34 jaar, verwezen door de huisarts met chronische depressieve klachten.'
		),
		scenario(
			M4,
			'intakegesprek',
			'Het intakegesprek',
			'Een eerste gesprek met iemand die al jaren somber is. Durf je door te vragen naar de jeugd?',
			'Ahmed, 29 jaar, aangemeld met slaapproblemen en piekeren.'
		)
	]
);

const glossary: GlossaryTerm[] = [
	{
		id: 'stair',
		term: 'STAIR',
		aliases: ['STAIR/Exposure'],
		explanation:
			'Skills Training in Affective and Interpersonal Regulation: een behandeling in fasen die eerst vaardigheden voor emotieregulatie en relaties traint en daarna exposure aan traumatische herinneringen biedt.',
		source: '§5.1.4'
	},
	{
		id: 'complexe-ptss',
		term: 'complexe PTSS',
		aliases: ['CPTSS', 'complexe posttraumatische stressstoornis'],
		explanation:
			'PTSS met daarnaast problemen met emotieregulatie, zelfbeeld en relaties; vaak na langdurig trauma in de kindertijd.',
		source: '§4.4'
	},
	{
		id: 'dissociatie',
		term: 'dissociatie',
		aliases: ['dissociëren', 'dissociatief'],
		explanation:
			'Het buiten het bewustzijn houden van gedachten, gevoelens of herinneringen; bij kinderen een manier om een onveilige situatie te overleven.',
		source: '§4.3'
	},
	{
		id: 'emotionele-verwaarlozing',
		term: 'emotionele verwaarlozing',
		aliases: ['emotioneel verwaarloosd'],
		explanation: 'Het structureel ontbreken van warmte, aandacht en regels in de opvoeding; een omissie op emotioneel gebied.',
		source: '§2.4'
	},
	{
		id: 'schema',
		term: 'schema',
		aliases: ["schema's", 'maladaptief schema'],
		explanation:
			'In de schematherapie een diepgeworteld patroon van gedachten en gevoelens over jezelf en anderen, ontstaan in de kindertijd.',
		source: '§5.1.2'
	},
	{
		id: 'lotgenotengroep',
		term: 'lotgenotengroep',
		aliases: ['lotgenoten'],
		explanation: 'Een groep mensen met vergelijkbare ervaringen die elkaar steunen; biedt vaak herkenning.',
		source: '§8'
	}
];

export const fixtureCourse: Course = {
	modules: [module1, module2, module3, module4],
	rubric: [],
	glossary
};
