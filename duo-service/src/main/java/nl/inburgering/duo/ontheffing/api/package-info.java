/**
 * The published API of the ontheffingen: the BIO dossiers DUO completed and handed to SZW, for SZW's medewerkers in
 * DUO's service ({@link BioDossiers}; decision 0035), and a person's ontheffingen and aangepaste
 * examenomstandigheden as DUO decided them ({@link Ontheffingen}).
 */
@NamedInterface("api")
package nl.inburgering.duo.ontheffing.api;

import org.springframework.modulith.NamedInterface;
