package nl.inburgering.duo.ontheffing.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The BIO dossiers DUO completed and handed to SZW, awaiting SZW's beslissing (seed §11.3). */
public interface BioDossiers {

    /** Every dossier at SZW without a beslissing DUO received, oldest first; each person read is logged. */
    List<BioDossier> bijSzw();

    /** The dossier with this kenmerk when it is at SZW awaiting a beslissing. */
    Optional<BioDossier> bijSzw(UUID dossierkenmerk);
}
