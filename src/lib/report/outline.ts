/**
 * The source report as the report page shows it: every chapter and section with its number and
 * title exactly as the report has them, the recommendations with the report's own first words,
 * and per part one line in our own words on what it covers. Build time only (the report page
 * is prerendered); the numbers themselves live in `anchors.ts`, and TypeScript checks that
 * every number there has its entry here, and nothing else.
 *
 * The report names no title page, authors, year or publisher, so neither does the course.
 */
import type { InterviewNumber, PeerNumber, ProfessionalNumber, SectionNumber } from './anchors';

export interface ReportEntry {
	/** As the report writes it. */
	title: string;
	/** What the part covers, in one line of our own. */
	covers: string;
	/** Something about the report's numbering that a reader would otherwise stumble over. */
	note?: string;
}

export const REPORT_SUMMARY: ReportEntry = {
	title: 'Samenvatting',
	covers:
		'Het rapport in het kort, vóór hoofdstuk 1 en zonder nummer: hoe vaak kindermishandeling voorkomt, risico- en beschermende factoren, late gevolgen, behandelingen en wat de geïnterviewden belangrijk vinden.'
};

export const REPORT_SECTION_ENTRIES = {
	'1': { title: 'Kindermishandeling', covers: 'Waarom het rapport er is, wat de wet onder kindermishandeling verstaat en hoe vaak het voorkomt.' },
	'1.1': {
		title: 'Doel',
		covers:
			'Het doel van het rapport: onderzoek en de verhalen van volwassenen samen bekijken, het taboe doorbreken en aandacht vragen voor emotionele mishandeling en verwaarlozing.'
	},
	'1.2': {
		title: 'Wat is kindermishandeling?',
		covers: 'De omschrijving in de Jeugdwet: actief of passief, een kind dat afhankelijk is, en schade die ook kan dreigen.'
	},
	'1.3': { title: 'Prevalentie algemeen', covers: 'Hoe vaak kindermishandeling voorkomt, volgens officiële cijfers en volgens wat jongeren zelf melden.' },
	'2': {
		title: 'Vormen van kindermishandeling',
		covers: 'De indeling in commissie en omissie, lichamelijk en emotioneel, met seksueel misbruik als aparte vorm.'
	},
	'2.1': { title: 'Lichamelijke mishandeling', covers: 'Een kind actief lichamelijk schade doen, met cijfers uit het scholierenonderzoek.' },
	'2.2': {
		title: 'Emotionele mishandeling',
		covers: 'Geen veilige omgeving: schreeuwen, belachelijk maken, afwijzen, en huiselijk geweld meemaken; met uitspraken uit de interviews.'
	},
	'2.3': {
		title: 'Lichamelijke verwaarlozing',
		covers: 'Tekortschieten in gezondheid, voeding en onderdak; in onderzoek vaak samengenomen met emotionele verwaarlozing.'
	},
	'2.4': { title: 'Emotionele verwaarlozing', covers: 'Een gezin zonder warmte en regels, en wat dat doet met de ontwikkeling van een kind.' },
	'2.5': {
		title: 'Seksueel misbruik',
		covers: 'Seksueel misbruik als vijfde vorm, met en zonder lichamelijk contact, in een relatie van afhankelijkheid.'
	},
	'2.6': {
		title: 'Co-morbiditeit',
		covers: 'Kinderen die één vorm meemaken, maken vaak ook een andere mee; wat dat betekent voor onderzoek en behandeling.'
	},
	'3': {
		title: 'Risico- en beschermende factoren',
		covers: 'Wat de kans op kindermishandeling groter maakt, en wat de gevolgen kan verzachten.',
		note: 'Het rapport gaat van §3.1 meteen naar §3.3: een §3.2 is er niet.'
	},
	'3.1': {
		title: 'Risicofactoren',
		covers: 'Kenmerken van ouders, gezin en kind die de kans vergroten, en overdracht van de ene generatie op de volgende.'
	},
	'3.3': {
		title: 'Beschermende factoren',
		covers: 'Sociale steun, vertrouwen in je eigen kunnen en betrokken ouders, met voorbeelden uit de interviews van wie steun gaf.'
	},
	'4': {
		title: 'Late gevolgen van verwaarlozing en mishandeling',
		covers: 'Een overzicht van de gevolgen op lange termijn, voor wie het meemaakte en voor de samenleving.'
	},
	'4.1': { title: 'Kindermishandeling in de maatschappij', covers: 'Wat kindermishandeling de samenleving kost, en het verband met gezondheid later in het leven.' },
	'4.2': {
		title: 'Late gevolgen van emotionele mishandeling: voorspeller van psychiatrische problemen',
		covers: 'Emotionele mishandeling als voorspeller van PTSS-klachten, dissociatie en andere psychische problemen.'
	},
	'4.3': {
		title: 'Late gevolgen van emotionele verwaarlozing: verschillende problematische gevolgen',
		covers: 'Verwaarlozing vroeg in het leven en later depressie, PTSS en andere problemen in de ontwikkeling.'
	},
	'4.4': {
		title: 'Late gevolgen van emotionele verwaarlozing en mishandeling',
		covers: 'Gevolgen voor stemming, gezondheid, relaties, werk en ouderschap, met veel uitspraken uit de interviews.'
	},
	'5': {
		title: 'Behandelingen',
		covers: 'Welke behandelingen werken, waarom het proces van behandelen telt, en wat de geïnterviewden ervoeren en misten.'
	},
	'5.1': {
		title: 'Werkzame soorten behandelingen',
		covers: 'Wat uit onderzoek bekend is over behandelingen voor deze groep, en wat er nog ontbreekt.'
	},
	'5.1.1': {
		title: 'Antidepressiva en cognitieve gedragstherapie bij terugkerende perioden van depressie',
		covers: 'Bij terugkerende depressie werken antidepressiva het best; cognitieve gedragstherapie is een alternatief.'
	},
	'5.1.2': {
		title: 'Schematherapie bij chronische depressie: aanpakken van maladaptieve schema’s',
		covers: 'Schematherapie pakt vaste overtuigingen uit de kindertijd aan, bij depressie die blijft.'
	},
	'5.1.3': {
		title: 'Op componenten-gebaseerde-psychotherapie bij trauma-ervaringen',
		covers: 'Een therapie voor deze groep, gericht op emoties verdragen, vertrouwen, hechten, relaties en het beeld van jezelf.'
	},
	'5.1.4': {
		title: 'Trauma-gefocuste therapie en op fasen-gebaseerde therapie voor verminderen PTSS',
		covers: 'EMDR en exposure bij PTSS, en een behandeling in fasen die eerst werkt aan omgaan met emoties.'
	},
	'5.1.5': {
		title: 'Geen groepstherapie bij (complexe) PTSS: individuele trauma-gefocuste therapie inzetten voor beste effecten bij het verminderen van PTSS',
		covers: 'Bij (complexe) PTSS werkt individuele traumagerichte therapie beter dan groepstherapie.'
	},
	'5.1.6': {
		title: 'Mindfulness helpt bij verminderen PTSS en depressie: een alternatief voor exposure',
		covers: 'Mindfulness als mogelijkheid voor wie geen exposure kan of wil.'
	},
	'5.2': {
		title: 'Het proces tijdens de behandeling: positieve cliënt-therapeut relatie centraal',
		covers: 'Hoe de therapeut zich opstelt telt even zwaar als de inhoud: de band, veiligheid en hulp bij het reguleren van emoties.'
	},
	'5.3': {
		title: 'Wat heeft gewerkt en wat niet werkt volgens de geïnterviewden',
		covers: 'Per interview wat wel en wat niet hielp in de hulp die zij kregen.'
	},
	'5.4': { title: 'Wat gemist wordt volgens de geïnterviewden', covers: 'Per interview wat zij in de hulp hebben gemist.' },
	'6': {
		title: 'Conclusies',
		covers: 'De belangrijkste uitkomsten, met de negen punten die volgens de geïnterviewden werken en de drie die niet werken.'
	},
	'7': {
		title: 'Discussie',
		covers: 'Knelpunten in de zorg: lange wachttijden, andere begrippen bij Veilig Thuis, vaste protocollen, en gemis aan maatwerk, klik en regie.'
	},
	'8': {
		title: 'Aanbevelingen',
		covers: 'Wat de geïnterviewden lotgenoten en professionals aanraden.',
		note: 'De aanbevelingen voor professionals beginnen in het rapport bij nummer 2: een aanbeveling 1 voor professionals is er niet. Deze cursus houdt de nummers van het rapport aan.'
	}
} as const satisfies Record<SectionNumber, ReportEntry>;

/** The recommendations to peers (§8), with the report's own first sentence as title. */
export const PEER_ENTRIES = {
	1: { title: 'Zoek herkenning bij andere lotgenoten.', covers: 'Delen als gelijken laat merken dat je niet alleen bent: echt contact zoeken, erover praten (a–c).' },
	2: { title: 'Laat je niet in een hoekje drukken door therapeuten.', covers: 'Kom voor jezelf op en blijf zelf meedenken.' },
	3: { title: 'Blijf niet in de wrok hangen.', covers: 'Zoek een manier om je eigen leven weer op te pakken; acceptatie is een belangrijke stap.' },
	4: { title: 'Ga een behandeling bij PsyTrec doen.', covers: 'Een korte, intensieve behandeling met psycho-educatie en veel beweging.' },
	5: { title: 'Ga oefenen met moeilijke situaties die geen gevaar uitlokken.', covers: 'Oefen, zoals bij een fobie, met situaties die moeilijk maar veilig zijn.' },
	6: { title: 'Zoek een therapie die aansluit bij jou als persoon.', covers: 'Na vier keer geen klik met de therapeut is het goed om verder te zoeken.' }
} as const satisfies Record<PeerNumber, ReportEntry>;

/** The recommendations to professionals (§8), numbered 2-12 as in the report. */
export const PROFESSIONAL_ENTRIES = {
	2: { title: 'Mens zijn.', covers: 'Wees jezelf, laat iets van jezelf zien, ook dat verhalen je raken; kleine dingen tellen.' },
	3: { title: 'Laat de ander in zijn waarde.', covers: 'Kleineer je cliënten niet.' },
	4: { title: 'Wees eerlijk over de mogelijkheden van een behandeling of andere behandelingen.', covers: 'Zeg wat een behandeling wel en niet kan.' },
	5: { title: 'Probeer ze te stimuleren in wat mogelijk is en niet te beperken in wat niet meer kan.', covers: 'Kijk naar wat kan, niet naar wat niet meer kan.' },
	6: { title: 'Bespreek wat er gebeurt in het lichaam.', covers: 'Geef ook aandacht aan het gevoel: de gevolgen zitten niet alleen in het denken.' },
	7: {
		title: 'Wees respectvol ten opzichte van je cliënt.',
		covers:
			'Vijf voorbeelden: help grenzen bewaken (a), wees duidelijk over de volgende stappen (b), schep geen valse verwachtingen en doe geen beloftes die je niet kunt nakomen (c), zeg het als het geen match is (d), bedenk niets over de cliënt zonder het met hem of haar te bespreken en vul het verhaal niet zelf in (e).'
	},
	8: {
		title: 'Zoek een balans tussen sterk zijn en meebewegen met de cliënt.',
		covers: 'Het beeld van de bamboe: wacht tot de cliënt je vertrouwt (a), en zorg voor veiligheid, ook door niets zonder overleg met anderen te delen (b).'
	},
	9: {
		title:
			'Zoek naar een manier van een multidisciplinaire behandeling, waar alles op één plek is zodat de cliënt kan zoeken naar wat voor hem of haar het fijnste werkt.',
		covers: 'Overleg samen zodat het verhaal niet steeds opnieuw verteld hoeft te worden (a), één startpunt (b), de partner betrekken (c) en ruimte voor ervaringsdeskundigen (d).'
	},
	10: { title: 'Kijk meer naar het individu en generaliseer niet.', covers: 'Maatwerk boven protocol (a), en luister naar wat iemand te vertellen heeft (b).' },
	11: { title: 'Durf ernaar te vragen, wees doortastend als je het niet zeker weet.', covers: 'Mensen vertellen er zelden uit zichzelf over; vraag door, en maak zo nodig een melding.' },
	12: { title: 'Geef voorlichtingen aan kinderen.', covers: 'Kinderen weten niet dat hun situatie niet normaal is tot iemand het zegt.' }
} as const satisfies Record<ProfessionalNumber, ReportEntry>;

/**
 * Where each interview is heard in the report. Every interview has its own paragraph in §5.3
 * (what worked and what did not) and §5.4 (what was missed); these are the other places
 * where the report quotes it.
 */
export const INTERVIEW_QUOTED_IN = {
	1: ['2.2', '2.5', '3.3', '4.4'],
	2: ['2.2', '4.2', '4.3'],
	3: ['2.2', '2.3', '2.4', '3.3', '4.3', '4.4', '5.1.2', '5.1.4'],
	4: ['2.1', '4.4'],
	5: ['2.4', '4.4'],
	6: ['2.4', '4.4', '5.1.3'],
	7: ['2.2', '2.3', '3.3', '4.1', '4.4'],
	8: ['2.2', '2.4', '4.4'],
	9: ['2.1', '2.2', '2.3', '3.3', '4.4', '5.1.3'],
	10: ['2.4', '2.5', '4.4', '5.1.1'],
	11: ['2.2', '2.3', '2.4', '3.3', '4.4']
} as const satisfies Record<InterviewNumber, readonly SectionNumber[]>;
