package nl.inburgering.duo.pip.application;

import nl.inburgering.platform.bsn.Bsn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;

/**
 * A gemeente delivers the inburgeringsaanbod of an asielstatushouder: through #16 (one aanbod at one or more
 * instellingen) or through the M2M Inburgeringsaanbod API (one instelling per call).
 *
 * @param aanbod                  one per instelling, instellingsnummers in their short form
 * @param datumInburgeringsaanbod the date the answer events carry (required there); the M2M body may leave it out
 */
public record InburgeringsaanbodRegistreren(Bsn bsn, String gemeentecode, List<Inburgeringsaanbod> aanbod,
        LocalDate datumInburgeringsaanbod, Instant signaal) {

    public InburgeringsaanbodRegistreren {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        aanbod = List.copyOf(aanbod);
        Objects.requireNonNull(signaal, "signaal");
    }
}
