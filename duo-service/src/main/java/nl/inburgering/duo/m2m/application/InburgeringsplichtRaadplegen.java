package nl.inburgering.duo.m2m.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.Plichtbesluit;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Read side of DUO's M2M Inburgeringsplicht API, on the person core's {@link Dossiers}. Every answer is empty when
 * DUO does not know the person (no decision at all); a known person without history gets an empty list.
 *
 * <p>How our decisions show in DUO's terms:
 * <ul>
 * <li>{@code PLICHTIG}: plichtig from the begindatum, in the decided doelgroep.</li>
 * <li>{@code NIET_PLICHTIG}: not plichtig, with our reason (the web layer maps it onto DUO's reasons); a plicht
 * that ended (voldaan, ...) shows the period it ended, begindatum to einddatum.</li>
 * <li>{@code NOG_NIET_PLICHTIG} (a 17-year-old who becomes plichtig at 18): <em>not</em> plichtig today, without
 * a begindatum and without a doelgroep. The stored date is a prognosis: the herbeoordeling on the 18th
 * birthday decides again with the data known then (the person may have left, or become an EU citizen). A
 * begindatum in the future next to {@code indicatorInburgeringsplicht=false} would read as a plicht period
 * that does not exist, and the doelgroep resource is "the doelgroep the person falls under now".</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class InburgeringsplichtRaadplegen {

    static final Verwerkingsactiviteit M2M_RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-raadplegen-m2m",
            "Inburgeringsplicht raadplegen door een gemeente (M2M)");

    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;

    public InburgeringsplichtRaadplegen(Dossiers dossiers, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.verwerking = verwerking;
    }

    public Optional<ActuelePlicht> actuelePlicht(Bsn bsn) {
        return dossiers.dossier(bsn)
                .map(dossier -> verwerking.raadpleeg(M2M_RAADPLEGEN, bsn, () -> actueel(dossier)));
    }

    public Optional<List<Plichtmutatie>> plichthistorie(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(M2M_RAADPLEGEN, bsn, () -> dossiers.plichthistorie(bsn).stream()
                .map(b -> new Plichtmutatie(b.plichtig(), b.begindatum(), b.einddatum(), b.wijzigingsdatum()))
                .toList()));
    }

    /** Empty for an unknown person and for a person without a doelgroep (not plichtig, or not yet). */
    public Optional<Doelgroepperiode> actueleDoelgroep(Bsn bsn) {
        return dossiers.dossier(bsn)
                .filter(dossier -> dossier.isPlichtig() && dossier.gedetailleerdeDoelgroep() != null)
                .map(dossier -> verwerking.raadpleeg(M2M_RAADPLEGEN, bsn,
                        () -> new Doelgroepperiode(dossier.gedetailleerdeDoelgroep(), dossier.begindatum(),
                                dossier.einddatum())));
    }

    /**
     * Derived from the plicht history: every plichtig decision carries the doelgroep with the plicht's
     * begindatum and einddatum. A decision that repeats the previous period (same indeling and dates) is no
     * doelgroep mutation and is left out.
     */
    public Optional<List<Doelgroepperiode>> doelgroephistorie(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(M2M_RAADPLEGEN, bsn, () -> doelgroepperioden(bsn)));
    }

    private List<Doelgroepperiode> doelgroepperioden(Bsn bsn) {
        List<Doelgroepperiode> perioden = new ArrayList<>();
        for (Plichtbesluit besluit : dossiers.plichthistorie(bsn)) {
            if (!besluit.plichtig() || besluit.gedetailleerdeDoelgroep() == null) {
                continue;
            }
            Doelgroepperiode periode = new Doelgroepperiode(besluit.gedetailleerdeDoelgroep(), besluit.begindatum(),
                    besluit.einddatum());
            if (perioden.isEmpty() || !zelfdePeriode(perioden.get(perioden.size() - 1), periode)) {
                perioden.add(periode);
            }
        }
        return List.copyOf(perioden);
    }

    private static boolean zelfdePeriode(Doelgroepperiode vorige, Doelgroepperiode periode) {
        return vorige.doelgroep().indeling() == periode.doelgroep().indeling()
                && Objects.equals(vorige.begindatum(), periode.begindatum())
                && Objects.equals(vorige.einddatum(), periode.einddatum());
    }

    private static ActuelePlicht actueel(Dossier dossier) {
        if (dossier.status() == Dossier.Plichtstatus.PLICHTIG) {
            return new ActuelePlicht(true, dossier.begindatum(), dossier.einddatum(), dossier.gewijzigdOp(), null);
        }
        if (dossier.status() == Dossier.Plichtstatus.NOG_NIET_PLICHTIG) {
            // The stored begindatum is the expected 18th birthday, not a plicht period: not shown.
            return new ActuelePlicht(false, null, null, dossier.gewijzigdOp(), null);
        }
        // A plicht that ended keeps the period it ended (begindatum to einddatum); one never had has neither.
        return new ActuelePlicht(false, dossier.begindatum(), dossier.einddatum(), dossier.gewijzigdOp(),
                dossier.redenNietPlichtig());
    }
}
