/**
 * Seed §13.2, §14.2.1, §14.3 (issue 16, decision 0038): the verhuizing of an inburgeraar between gemeenten and the
 * overdracht (stelseldienst #19). The old gemeente keeps a departure list (DUO's SS122, "actualiseren uiterlijk"
 * 10 werkdagen after the verhuizing) and delivers the overdracht within 1 maand of the request; the new gemeente
 * asks for it (OverdrachtInburgeraarGevraagd) and shows what it received (InburgeraarOvergedragen) with the
 * inburgeraar. Every row belongs to one gemeente: the old one's departures, the new one's overdrachten.
 */
package nl.inburgering.gemeente.overdracht;
