/**
 * Seed §13.4 (stelseldienst #16, DoelgroepkeuzeDoorgegeven): after a doelgroepwijziging (asielstatushouder to gezins-
 * of overige migrant or back) the caseworker and the inburgeraar sign the keuze form; the gemeente passes the keuze
 * on to DUO within 10 weeks of the wijziging, and DUO confirms it with #3 gewijzigd (DOELGROEPKEUZE_BEVESTIGD).
 */
package nl.inburgering.gemeente.doelgroepkeuze;
