package nl.inburgering.ind.verblijfsrecht.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsrechtGewijzigd;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsrechtwijzigingPolicy;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsrechtwijzigingPolicy.Uitkomst;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingRepository;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsrechtwijzigingEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsrechtwijzigingRepository;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * Seed §13.4, §13.5: IND registers a change of verblijfsrecht and delivers it to DUO (stelseldienst #2 Wijziging
 * verblijfsrecht), once. When DUO has no Verblijfsdoelen (#1) of the person yet (no BRP inschrijving), the change
 * only updates the vergunning: #1 then carries the current doel, and an ended verblijfsrecht is not delivered at all.
 */
@Service
public class VerblijfsrechtWijzigenHandler {

    static final Verwerkingsactiviteit WIJZIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsrecht-wijzigen", "Verblijfsrecht wijzigen");

    /** What came of the command. */
    public enum Resultaat { GEWIJZIGD, AL_GEREGISTREERD }

    private final VerblijfsvergunningRepository vergunningen;
    private final VerblijfsrechtwijzigingRepository wijzigingen;
    private final BrpInschrijvingRepository inschrijvingen;
    private final Persoonsverwerking persoonsverwerking;

    VerblijfsrechtWijzigenHandler(VerblijfsvergunningRepository vergunningen,
            VerblijfsrechtwijzigingRepository wijzigingen, BrpInschrijvingRepository inschrijvingen,
            Persoonsverwerking persoonsverwerking) {
        this.vergunningen = vergunningen;
        this.wijzigingen = wijzigingen;
        this.inschrijvingen = inschrijvingen;
        this.persoonsverwerking = persoonsverwerking;
    }

    /**
     * Under the person's lock the policy is judged again; only a real change is a verwerking (Logboek, #2). The same
     * change again answers {@link Resultaat#AL_GEREGISTREERD}; a refused one a 409.
     */
    @Transactional
    public Resultaat handle(VerblijfsrechtWijzigen command) {
        // only the BSN before the lock (no entity cached from before it): the state is read under the lock
        Bsn bsn = vergunningen.findBsnByVNummer(command.vNummer()).map(Bsn::of)
                .orElseThrow(() -> new NietGevondenException("Er is geen verblijfsvergunning met dit V-nummer."));
        boolean gewijzigd = persoonsverwerking.wijzigAlsBekend(WIJZIGEN, bsn,
                b -> uitkomst(command) instanceof Uitkomst.Wijzigen, verwerking -> {
                    var wijziging = ((Uitkomst.Wijzigen) uitkomst(command)).wijziging();
                    VerblijfsvergunningEntity vergunning = vergunningen.findById(command.vNummer()).orElseThrow();
                    boolean duoKentDePersoon = vergunning.isVerblijfsdoelGeleverd();
                    vergunning.gewijzigd(wijziging);
                    VerblijfsrechtwijzigingEntity historie = wijzigingen.save(
                            new VerblijfsrechtwijzigingEntity(wijziging, verwerking.nu()));
                    if (duoKentDePersoon) {
                        String gemeentecode = inschrijvingen.findByBsn(bsn).map(i -> i.alsDomein().gemeentecode())
                                .orElse(null);
                        verwerking.publiceer(new VerblijfsrechtGewijzigd(wijziging, gemeentecode));
                        historie.geleverd(verwerking.nu());
                    }
                });
        if (gewijzigd) {
            return Resultaat.GEWIJZIGD;
        }
        Uitkomst uitkomst = uitkomst(command);
        if (uitkomst instanceof Uitkomst.Geweigerd g) {
            throw new ConflictException(g.reden());
        }
        return Resultaat.AL_GEREGISTREERD;
    }

    private Uitkomst uitkomst(VerblijfsrechtWijzigen command) {
        VerblijfsvergunningEntity vergunning = vergunningen.findById(command.vNummer()).orElseThrow();
        return VerblijfsrechtwijzigingPolicy.beoordeel(vergunning.alsDomein(), vergunning.beeindigdDoor(),
                command.soort(), command.nieuwVerblijfsdoel(), command.referentIsAsielstatushouder(),
                command.ingangsdatum());
    }
}
