package nl.inburgering.ind.voldaan.application;

import java.util.Optional;

import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.platform.bsn.Bsn;

/** DUO, the source of the beschikking voldaan (seed §15.2): asked when IND needs it. */
public interface DuoBeschikkingen {

    /**
     * @return empty when DUO has no beschikking voldaan for the person
     * @throws DuoNietBeschikbaarException when DUO did not answer (down, refused IND's token, an error of its own)
     */
    Optional<BeschikkingVoldaan> beschikkingVoldaan(Bsn bsn);

    class DuoNietBeschikbaarException extends RuntimeException {

        public DuoNietBeschikbaarException(String bericht, Throwable oorzaak) {
            super(bericht, oorzaak);
        }
    }
}
