package nl.inburgering.duo.pip.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.platform.bsn.Bsn;

/**
 * A gemeente delivers a vastgestelde or gewijzigde PIP: through #16 ({@code PipVastgesteld}, {@code PipGewijzigd})
 * or through the M2M PIP API.
 *
 * @param wijziging      true for {@code PipGewijzigd}: requires a PIP DUO already registered
 * @param redenWijziging the contract's RedenWijzigingPip for a wijziging; null otherwise
 * @param datumWijziging the date of the wijziging; null otherwise
 * @param signaal        the moment the delivery arrived, from which the answer's delivery agreement counts
 */
public record PipRegistreren(Bsn bsn, Pip pip, boolean indicatorMagOpleidingAfmaken, boolean eenzijdigVastgesteld,
        boolean wijziging, String redenWijziging, LocalDate datumWijziging, Kanaal kanaal, Instant signaal) {

    public PipRegistreren {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(pip, "pip");
        Objects.requireNonNull(kanaal, "kanaal");
        Objects.requireNonNull(signaal, "signaal");
    }

    public String gemeentecode() {
        return pip.gemeentecode();
    }
}
