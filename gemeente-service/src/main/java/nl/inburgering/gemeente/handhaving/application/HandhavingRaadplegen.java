package nl.inburgering.gemeente.handhaving.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.handhaving.domain.Signaalbepaling;
import nl.inburgering.gemeente.handhaving.domain.Signalering;
import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingEntity;
import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingRepository;
import nl.inburgering.gemeente.handhaving.persistence.OpgelegdeBoeteRepository;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringEntity;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringRepository;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.time.WerkdagenKalender;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The caseworker's view of DUO's handhaving op resultaat of one inburgeraar: every #7, #8 and #9, in order. */
@Service
@Transactional(readOnly = true)
public class HandhavingRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/handhaving-op-resultaat-raadplegen",
            "De handhaving op resultaat van een inburgeraar raadplegen");

    private final EigenInburgeraar inburgeraars;
    private final SignaleringRepository signaleringen;
    private final OpgelegdeBoeteRepository boetes;
    private final BeoordelingVerlengingRepository beoordelingen;
    private final Signaalbepaling bepaling;
    private final Persoonsverwerking verwerking;

    HandhavingRaadplegen(EigenInburgeraar inburgeraars, SignaleringRepository signaleringen,
            OpgelegdeBoeteRepository boetes, BeoordelingVerlengingRepository beoordelingen,
            WerkdagenKalender kalender, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.signaleringen = signaleringen;
        this.boetes = boetes;
        this.beoordelingen = beoordelingen;
        this.bepaling = new Signaalbepaling(kalender);
        this.verwerking = verwerking;
    }

    /**
     * @param uiterlijkeLeverdatum DUO's, else 10 werkdagen after the signal
     */
    public record SignaleringView(String reden, LocalDate datumSignalering, LocalDate einddatumInburgeringstermijn,
            LocalDate uiterlijkeLeverdatum, LocalDate datumAanvraagVerlenging) {
    }

    public record BoeteView(String beschikkingskenmerk, BigDecimal bedrag, LocalDate datumBeschikking,
            LocalDate nieuweEinddatumInburgeringstermijn) {
    }

    public record BeoordelingView(String oordeel, LocalDate datumAanvraag, LocalDate datumBeschikking,
            String verlengingsgrondcode, String verlengingsgrondomschrijving,
            LocalDate nieuweEinddatumInburgeringstermijn) {
    }

    /** Each list oldest first. */
    public record HandhavingOpResultaat(List<SignaleringView> signaleringen, List<BoeteView> boetes,
            List<BeoordelingView> beoordelingenVerlenging) {
    }

    public HandhavingOpResultaat raadpleeg(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        List<Bsn> bsn = List.of(persoon.bsn());
        return verwerking.raadpleeg(RAADPLEGEN, persoon.bsn(), () -> new HandhavingOpResultaat(
                signaleringen.voorPersonen(gemeentecode, bsn).stream()
                        .sorted(Comparator.comparing(SignaleringEntity::getOntvangenOp))
                        .map(SignaleringEntity::signalering).map(this::view).toList(),
                boetes.voorPersonen(gemeentecode, bsn).stream().map(e -> e.boete())
                        .sorted(Comparator.comparing(b -> b.datumBeschikking()))
                        .map(b -> new BoeteView(b.beschikkingskenmerk(), b.bedrag(), b.datumBeschikking(),
                                b.nieuweEinddatumInburgeringstermijn()))
                        .toList(),
                beoordelingen.voorPersonen(gemeentecode, bsn).stream()
                        .sorted(Comparator.comparing(BeoordelingVerlengingEntity::getOntvangenOp))
                        .map(b -> new BeoordelingView(b.getOordeel(), b.getDatumAanvraag(), b.getDatumBeschikking(),
                                b.getVerlengingsgrondcode(), b.getVerlengingsgrondomschrijving(),
                                b.getNieuweEinddatumTermijn()))
                        .toList()));
    }

    private SignaleringView view(Signalering s) {
        return new SignaleringView(s.reden(), s.datumSignalering(), s.einddatumInburgeringstermijn(),
                bepaling.uiterlijkeLeverdatum(s), s.datumAanvraagVerlenging());
    }
}
