/**
 * What the course sends to an LMS, in the words the learner reads (on the LMS notice and on
 * /over/), kept in one place so both always say the same, and the same as the code does
 * (connection.ts, suspend-data.ts).
 */
export const LMS_SENDS =
	'of je de cursus hebt afgerond en gehaald, je score (het gemiddelde van je toetsen), per module of die af is, elk antwoord op een toetsvraag (goed of fout), elke keuze in een scenario met de vaardigheden die ze oefent, hoe lang deze sessie duurde, en je voortgang (gelezen lessen, toetsantwoorden en gesprekken), zodat je op elk apparaat verder kunt waar je was';

export const LMS_STAYS =
	'Je reflecties, je eigen antwoorden in woorden en je naam voor het certificaat blijven op dit apparaat; die gaan nergens heen.';
