package nl.inburgering.duo.m2m.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.inburgeringsplicht.persistence.PlichthistorieEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.PlichthistorieRepository;

/**
 * Read side of DUO's M2M Inburgeringsplicht API. Every answer is empty when DUO does not know the person
 * (no decision at all); a known person without history gets an empty list.
 *
 * <p>How our decisions show in DUO's terms:
 * <ul>
 * <li>{@code PLICHTIG}: plichtig from the begindatum, in the decided doelgroep.</li>
 * <li>{@code NIET_PLICHTIG}: not plichtig, with our reason (the web layer maps it onto DUO's reasons).</li>
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

    private final InburgeringsplichtRepository plichten;
    private final PlichthistorieRepository historie;
    private final Logboek logboek;

    public InburgeringsplichtRaadplegen(InburgeringsplichtRepository plichten, PlichthistorieRepository historie,
            Logboek logboek) {
        this.plichten = plichten;
        this.historie = historie;
        this.logboek = logboek;
    }

    public Optional<ActuelePlicht> actuelePlicht(String bsn) {
        return plichten.findById(bsn).map(plicht -> {
            logboek.leg(M2M_RAADPLEGEN, bsn);
            return actueel(plicht);
        });
    }

    public Optional<List<Plichtmutatie>> plichthistorie(String bsn) {
        if (!bekend(bsn)) {
            return Optional.empty();
        }
        return Optional.of(historie.findByBsnOrderById(bsn).stream()
                .map(rij -> new Plichtmutatie(rij.isIndicatorInburgeringsplicht(), rij.getBegindatum(),
                        rij.getEinddatum(), rij.getWijzigingsdatum()))
                .toList());
    }

    /** Empty for an unknown person and for a person without a doelgroep (not plichtig, or not yet). */
    public Optional<Doelgroepperiode> actueleDoelgroep(String bsn) {
        return plichten.findById(bsn)
                .filter(plicht -> plicht.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG
                        && plicht.getGedetailleerdeDoelgroep() != null)
                .map(plicht -> {
                    logboek.leg(M2M_RAADPLEGEN, bsn);
                    return new Doelgroepperiode(plicht.getGedetailleerdeDoelgroep(), plicht.getBegindatum(),
                            plicht.getEinddatum());
                });
    }

    /** Whether DUO knows the person; if so, the read that follows is one of personal data. */
    private boolean bekend(String bsn) {
        boolean bekend = plichten.existsById(bsn);
        if (bekend) {
            logboek.leg(M2M_RAADPLEGEN, bsn);
        }
        return bekend;
    }

    /**
     * Derived from the plicht history: every plichtig decision carries the doelgroep with the plicht's
     * begindatum and einddatum. A decision that repeats the previous period (same indeling and dates) is no
     * doelgroep mutation and is left out.
     */
    public Optional<List<Doelgroepperiode>> doelgroephistorie(String bsn) {
        if (!bekend(bsn)) {
            return Optional.empty();
        }
        List<Doelgroepperiode> perioden = new ArrayList<>();
        for (PlichthistorieEntity rij : historie.findByBsnOrderById(bsn)) {
            if (!rij.isIndicatorInburgeringsplicht() || rij.getGedetailleerdeDoelgroep() == null) {
                continue;
            }
            Doelgroepperiode periode = new Doelgroepperiode(rij.getGedetailleerdeDoelgroep(), rij.getBegindatum(),
                    rij.getEinddatum());
            if (perioden.isEmpty() || !zelfdePeriode(perioden.get(perioden.size() - 1), periode)) {
                perioden.add(periode);
            }
        }
        return Optional.of(List.copyOf(perioden));
    }

    private static boolean zelfdePeriode(Doelgroepperiode vorige, Doelgroepperiode periode) {
        return vorige.doelgroep().indeling() == periode.doelgroep().indeling()
                && Objects.equals(vorige.begindatum(), periode.begindatum())
                && Objects.equals(vorige.einddatum(), periode.einddatum());
    }

    private static ActuelePlicht actueel(InburgeringsplichtEntity plicht) {
        if (plicht.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG) {
            return new ActuelePlicht(true, plicht.getBegindatum(), plicht.getEinddatum(), plicht.getGewijzigdOp(),
                    null);
        }
        if (plicht.getStatus() == InburgeringsplichtEntity.Status.NOG_NIET_PLICHTIG) {
            // The stored begindatum is the expected 18th birthday, not a plicht period: not shown.
            return new ActuelePlicht(false, null, null, plicht.getGewijzigdOp(), null);
        }
        return new ActuelePlicht(false, null, plicht.getEinddatum(), plicht.getGewijzigdOp(),
                plicht.getRedenNietPlichtig());
    }
}
