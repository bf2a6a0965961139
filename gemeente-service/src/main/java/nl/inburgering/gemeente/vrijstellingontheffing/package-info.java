/**
 * DUO's beslissingen on vrijstelling (#11 VrijstellingBeoordeeld) and ontheffing (#12 OntheffingBeslist) at the
 * gemeente (issue 15, seed §10.2, §11.2, §11.3, §15; decision 0036): every decision, positive or negative, kept per
 * person; the werkvoorraad signal "PIP opnieuw vaststellen" after a granted gedeeltelijke vrijstelling or ontheffing;
 * and the gemeente's own advies on a BIO request.
 */
package nl.inburgering.gemeente.vrijstellingontheffing;
