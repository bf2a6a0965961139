/**
 * The beschikking voldaan inburgeringsplicht at IND (seed §8.2, §15.2): IND asks DUO for it at the source when it
 * needs it (plateau 2: {@code duo/}), and keeps what DUO pushed on #10 (plateau 1) as a copy for when DUO cannot be
 * reached. IND's question "heeft deze vreemdeling de inburgeringsplicht voldaan?" (naturalisatie, verblijfsvergunning
 * onbepaalde tijd) is {@code web/InburgeringsvereisteController}.
 */
package nl.inburgering.ind.voldaan;
