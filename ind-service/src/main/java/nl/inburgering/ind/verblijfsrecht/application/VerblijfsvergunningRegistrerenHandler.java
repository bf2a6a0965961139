package nl.inburgering.ind.verblijfsrecht.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

@Service
public class VerblijfsvergunningRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsvergunning-registreren", "Verblijfsvergunning registreren");

    private final VerblijfsvergunningRepository vergunningen;
    private final VerblijfsdoelLevering levering;
    private final Persoonsverwerking persoonsverwerking;
    private final VerblijfsrechtWijzigenHandler wijzigen;

    VerblijfsvergunningRegistrerenHandler(VerblijfsvergunningRepository vergunningen, VerblijfsdoelLevering levering,
            Persoonsverwerking persoonsverwerking, VerblijfsrechtWijzigenHandler wijzigen) {
        this.vergunningen = vergunningen;
        this.levering = levering;
        this.persoonsverwerking = persoonsverwerking;
        this.wijzigen = wijzigen;
    }

    /** What came of a registration. */
    public enum Resultaat {
        GEREGISTREERD,
        /** The same V-nummer and person with another verblijfsdoel: a change of verblijfsrecht (#2). */
        GEWIJZIGD,
        /** The same registration again: nothing new. */
        AL_GEREGISTREERD
    }

    /**
     * Under the person's lock: a vergunning that already exists is refused (409) before anything is processed, so
     * a refusal leaves no Logboek record, as before the template.
     */
    @Transactional
    public Resultaat handle(VerblijfsvergunningRegistreren command) {
        Verblijfsvergunning vergunning = command.vergunning();
        if (vergunningen.findBsnByVNummer(vergunning.vNummer()).filter(vergunning.bsn().value()::equals).isPresent()) {
            // the same vergunning of the same person again: its doel changed (seed §13.4, §13.5), or nothing did
            return switch (wijzigen.handle(new VerblijfsrechtWijzigen(vergunning.vNummer(),
                    SoortWijziging.VERBLIJFSDOEL_GEWIJZIGD, vergunning.verblijfsdoel(),
                    vergunning.referentIsAsielstatushouder(), vergunning.ingangsdatum()))) {
                case GEWIJZIGD -> Resultaat.GEWIJZIGD;
                case AL_GEREGISTREERD -> Resultaat.AL_GEREGISTREERD;
            };
        }
        boolean geregistreerd = persoonsverwerking.wijzigAlsBekend(REGISTREREN, vergunning.bsn(),
                bsn -> weigering(vergunning).isEmpty(), verwerking -> {
                    vergunningen.save(new VerblijfsvergunningEntity(vergunning, verwerking.nu()));
                    levering.leverIndienCompleet(vergunning.bsn());
                });
        if (!geregistreerd) {
            throw new ConflictException(weigering(vergunning).orElseThrow());
        }
        return Resultaat.GEREGISTREERD;
    }

    private Optional<String> weigering(Verblijfsvergunning vergunning) {
        if (vergunningen.existsById(vergunning.vNummer())) {
            return Optional.of("Er is al een verblijfsvergunning met dit V-nummer.");
        }
        if (vergunningen.findByBsn(vergunning.bsn()).isPresent()) {
            return Optional.of("Deze persoon heeft al een verblijfsvergunning; "
                    + "een wijziging van verblijfsrecht registreert u op die vergunning.");
        }
        return Optional.empty();
    }
}
