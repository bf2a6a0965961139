package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Ambtshalve verlenging (seed §9.3.3): DUO's backoffice extends the termijn without an aanvraag, to a new einddatum or
 * by a period. On a bijzondere situatie ({@code keten.duo.handhaving.ambtshalve-altijd}, e.g. corona) any time; on
 * another grond (e.g. the gemeente was late with the aanbod) only from 6 months before the end. #5
 * VERLENGING_AMBTSHALVE through the pip module's {@link Termijnwijziging}.
 */
@Service
public class AmbtshalveVerlenging {

    static final Verwerkingsactiviteit VERLENGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/termijn-ambtshalve-verlengen",
            "Inburgeringstermijn ambtshalve verlengen");

    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Termijnwijziging termijnwijziging;
    private final Verlengingsregels regels;
    private final Persoonsverwerking verwerking;

    AmbtshalveVerlenging(Dossiers dossiers, PipFeiten pips, Termijnwijziging termijnwijziging,
            Verlengingsregels regels, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnwijziging = termijnwijziging;
        this.regels = regels;
        this.verwerking = verwerking;
    }

    /**
     * Exactly one of {@code nieuweEinddatum} (inclusive) and {@code periode}. 400 for a grond not on DUO's list; 404 for
     * a person DUO does not know; 409 without a termijn, too early for the grond, or not later than the current end.
     */
    @Transactional
    public Termijnwijziging.Wijziging verleng(Bsn bsn, String verlengingsgrondcode, LocalDate nieuweEinddatum,
            Period periode) {
        if (termijnwijziging.verlengingsgrond(verlengingsgrondcode).isEmpty()) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("verlengingsgrondcode", "enum",
                    "De verlengingsgrond staat niet op DUO's lijst (GET /m2m/v1/verlengingsgronden).")));
        }
        return verwerking.wijzigMetUitkomst(VERLENGEN, bsn, v -> {
            if (!dossiers.isBekend(bsn)) {
                throw new NietGevondenException("DUO kent deze persoon niet.");
            }
            PipFeiten.Termijn termijn = pips.inburgeringstermijn(bsn).orElseThrow(() -> new ConflictException(
                    "DUO heeft voor deze persoon geen inburgeringstermijn vastgesteld: er is niets te verlengen."));
            LocalDate vanaf = regels.vanaf(termijn.einddatum());
            if (!regels.ambtshalveAltijd().contains(verlengingsgrondcode) && v.vandaag().isBefore(vanaf)) {
                throw new ConflictException("Op deze verlengingsgrond verlengt DUO pas vanaf " + vanaf + ", "
                        + regels.vanafVoorEinde() + " voor het einde van de inburgeringstermijn op "
                        + termijn.einddatum() + "; alleen een bijzondere situatie (grond " + regels.ambtshalveAltijd()
                        + ") kan eerder.");
            }
            LocalDate einde = nieuweEinddatum != null ? nieuweEinddatum : termijn.einddatum().plus(periode);
            if (!einde.isAfter(termijn.einddatum())) {
                throw new ConflictException("De nieuwe einddatum ligt niet na de huidige einddatum "
                        + termijn.einddatum() + ".");
            }
            return termijnwijziging.verleng(bsn, einde, Termijnwijziging.Verlenging.AMBTSHALVE, verlengingsgrondcode);
        });
    }
}
