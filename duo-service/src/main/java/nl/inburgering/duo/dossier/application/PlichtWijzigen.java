package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtGewijzigd;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.DoelgroepkeuzePolicy;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtGewijzigd;
import nl.inburgering.duo.dossier.domain.LeveringPolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.PlichthistorieEntity;
import nl.inburgering.duo.dossier.persistence.PlichthistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * The core's {@link Plichtwijziging}, each change a verwerking of its own in the caller's transaction (under the same
 * person lock), ending in one #3 InburgeringsplichtGewijzigd with the full state ({@link #meld}).
 */
@Service
class PlichtWijzigen implements Plichtwijziging {

    static final Verwerkingsactiviteit WIJZIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-wijzigen",
            "Inburgeringsplicht wijzigen");

    private final InburgeringsplichtRepository plichten;
    private final PlichthistorieRepository historie;
    private final PlichtLevering levering;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    PlichtWijzigen(InburgeringsplichtRepository plichten, PlichthistorieRepository historie, PlichtLevering levering,
            Persoonsverwerking verwerking, ApplicationEventPublisher events) {
        this.plichten = plichten;
        this.historie = historie;
        this.levering = levering;
        this.verwerking = verwerking;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean onderdelenVervallen(Bsn bsn, Set<Plichtonderdeel> vervallen) {
        return wijzig(bsn, plicht -> plicht.isPlichtig() && !plicht.getVervallenOnderdelen().containsAll(vervallen),
                (v, plicht) -> {
                    plicht.onderdelenVervallen(vervallen, v.vandaag());
                    meld(v, plicht, Reden.ONDERDELEN_OPNIEUW_VASTGESTELD);
                });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean hervat(Bsn bsn, LocalDate hervatOp) {
        return wijzig(bsn, plicht -> plicht.getRedenNietPlichtig() == RedenNietPlichtig.TIJDELIJKE_VRIJSTELLING,
                (v, plicht) -> {
                    plicht.hervat(v.vandaag());
                    historie.save(new PlichthistorieEntity(plicht.getBsn(), true, hervatOp, null, v.vandaag(),
                            plicht.getGedetailleerdeDoelgroep()));
                    meld(v, plicht, Reden.TIJDELIJKE_VRIJSTELLING_INGETROKKEN);
                });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean doelgroepGewijzigd(Bsn bsn, GedetailleerdeDoelgroep doelgroep, LocalDate datumWijziging) {
        return wijzig(bsn, plicht -> plicht.isPlichtig() && plicht.getGedetailleerdeDoelgroep() != doelgroep,
                (v, plicht) -> {
                    plicht.doelgroepGewijzigd(doelgroep, datumWijziging, v.vandaag());
                    meld(v, plicht, Reden.DOELGROEP_GEWIJZIGD, null, datumWijziging);
                });
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean gemeenteGewijzigd(Bsn bsn, String vorigeGemeentecode, LocalDate datumVerhuizing) {
        return wijzig(bsn, InburgeringsplichtEntity::isPlichtig,
                (v, plicht) -> meld(v, plicht, Reden.GEMEENTE_GEWIJZIGD, null, datumVerhuizing, vorigeGemeentecode));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Keuzeuitkomst doelgroepkeuzeBevestigd(Bsn bsn, String gemeentecode, Doelgroepkeuze keuze,
            LocalDate datumWijzigingDoelgroep, LocalDate doorgegevenOp) {
        Keuzeuitkomst[] uitkomst = {Keuzeuitkomst.NIET_PLICHTIG};
        wijzig(bsn, plicht -> {
            // the gemeente that has the plicht: for an asielstatushouder the gekoppelde gemeente, none while COA has it
            LeveringPolicy.Levering heeftDePlicht = levering.levering(plicht);
            uitkomst[0] = DoelgroepkeuzePolicy.beoordeel(plicht.isPlichtig(),
                    heeftDePlicht.ontvanger() == LeveringPolicy.Ontvanger.GEMEENTE ? heeftDePlicht.gemeentecode() : "",
                    plicht.getGedetailleerdeDoelgroep(), plicht.getDoelgroepGewijzigdOp(),
                    plicht.getDoelgroepkeuze() == null ? null : Doelgroepkeuze.valueOf(plicht.getDoelgroepkeuze().name()),
                    gemeentecode, keuze, datumWijzigingDoelgroep, doorgegevenOp);
            return uitkomst[0] == Keuzeuitkomst.BEVESTIGD;
        }, (v, plicht) -> {
            var vastgelegd = InburgeringsplichtGewijzigd.Doelgroepkeuze.valueOf(keuze.name());
            plicht.doelgroepkeuzeBevestigd(vastgelegd, v.vandaag());
            meld(v, plicht, Reden.DOELGROEPKEUZE_BEVESTIGD, vastgelegd, plicht.getDoelgroepGewijzigdOp());
        });
        return uitkomst[0];
    }

    private boolean wijzig(Bsn bsn, Predicate<InburgeringsplichtEntity> mogelijk, Wijziging wijziging) {
        return verwerking.wijzigAlsBekend(WIJZIGEN, bsn,
                b -> plichten.findById(b.value()).filter(mogelijk).isPresent(),
                v -> wijziging.pas(v, plichten.findById(bsn.value()).orElseThrow()));
    }

    /** #3 gewijzigd with the plicht as it stands now, to whoever has it, and {@link PlichtGewijzigd}. */
    private void meld(Verwerking v, InburgeringsplichtEntity plicht, Reden reden) {
        meld(v, plicht, reden, null, v.vandaag());
    }

    /** {@link #meld} with the keuze after a doelgroepwijziging and the day the change took effect. */
    private void meld(Verwerking v, InburgeringsplichtEntity plicht, Reden reden,
            InburgeringsplichtGewijzigd.Doelgroepkeuze keuze, LocalDate datumWijziging) {
        meld(v, plicht, reden, keuze, datumWijziging, null);
    }

    /** {@link #meld} for a change that moved the plicht from {@code vorigeGemeentecode} (else null). */
    private void meld(Verwerking v, InburgeringsplichtEntity plicht, Reden reden,
            InburgeringsplichtGewijzigd.Doelgroepkeuze keuze, LocalDate datumWijziging, String vorigeGemeentecode) {
        LeveringPolicy.Levering ontvanger = levering.levering(plicht);
        v.publiceer(new InburgeringsplichtGewijzigd(v.bsn(), ontvanger.ontvanger(), ontvanger.gemeentecode(),
                vorigeGemeentecode,
                reden, plicht.getBegindatum(), plicht.getGedetailleerdeDoelgroep(), keuze,
                plicht.getOpenstaandeOnderdelen(), datumWijziging, plicht.getGeboortedatum()));
        events.publishEvent(new PlichtGewijzigd(v.bsn(), reden, v.nu()));
    }

    @FunctionalInterface
    private interface Wijziging {
        void pas(Verwerking v, InburgeringsplichtEntity plicht);
    }
}
