package nl.inburgering.gemeente.intake.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The gemeente's own brede intake of a person, as it hands it to the next gemeente in the overdracht (#19, seed
 * §13.2, issue 16): the opkomst, DUO's latest uitkomst of the leerbaarheidstoets (#6), and the boetes it imposed for
 * not cooperating (handhaving op inspanning, seed §9.2). The verslag of the intake is not kept here and does not pass.
 */
public interface IntakeVoorOverdracht {

    /** What the gemeente recorded of his brede intake; empty when it recorded nothing (no oproep, no toets). */
    Optional<Intakeresultaat> intakeresultaat(Bsn bsn, String gemeentecode);

    /** The boetes (not the waarschuwingen) it imposed during the brede intake, oldest first. */
    List<Boete> boetes(Bsn bsn, String gemeentecode);

    /**
     * @param leerbaarheidstoetsResultaat the contracts' name (B1_ROUTE_HAALBAAR, ...); null without an uitkomst
     */
    record Intakeresultaat(int aantalOproepen, int aantalKeerNietVerschenen, String leerbaarheidstoetsResultaat,
            String behaaldeScore, String benodigdeScore, LocalDate datumAfnameLeerbaarheidstoets) {
    }

    record Boete(LocalDate datum, BigDecimal bedrag, String reden) {
    }
}
