package nl.inburgering.duo.vrijstelling.domain;

/**
 * DUO's RedenVrijstellingInburgeringsplicht (Vrijstelling API, 2025-11-04 rev9472), with the meaning the API gives:
 * AVI aantoonbaar voldoende ingeburgerd (op verzoek, art. 2.3 Besluit), DIP a diploma in DUO's register (art. 2.1 c
 * Regeling), DOC a document DUO recognised by hand (art. 2.1 c-f), GED a gedeeltelijke vrijstelling (art. 3.12 on B1,
 * 3.13 on A2 op verzoek), INB an inburgeringsdiploma under the Wi2013 with taal on B1 (art. 2.1 b), INS a tijdelijke
 * vrijstelling op verzoek by a bewijs van inschrijving, OPL DUO's ambtshalve tijdelijke vrijstelling for an
 * inschrijving on a vervolgopleiding.
 */
public enum RedenVrijstelling { AVI, DIP, DOC, GED, INB, INS, OPL }
