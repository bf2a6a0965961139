package nl.inburgering.gemeente.intake.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.api.IntakeVoorOverdracht;
import nl.inburgering.gemeente.intake.domain.Maatregel;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.HandhavingRepository;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstEntity;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The brede intake's answer to {@link IntakeVoorOverdracht}: the gemeente's own rows only. */
@Component
class IntakeVoorOverdrachtUitIntake implements IntakeVoorOverdracht {

    private final OproepRepository oproepen;
    private final AfspraakRepository afspraken;
    private final UitkomstRepository uitkomsten;
    private final HandhavingRepository handhaving;

    IntakeVoorOverdrachtUitIntake(OproepRepository oproepen, AfspraakRepository afspraken,
            UitkomstRepository uitkomsten, HandhavingRepository handhaving) {
        this.oproepen = oproepen;
        this.afspraken = afspraken;
        this.uitkomsten = uitkomsten;
        this.handhaving = handhaving;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Intakeresultaat> intakeresultaat(Bsn bsn, String gemeentecode) {
        String b = bsn.value();
        long aantalOproepen = oproepen.countByBsnAndGemeentecode(b, gemeentecode);
        Optional<UitkomstEntity> uitkomst = uitkomsten
                .findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(b, gemeentecode);
        if (aantalOproepen == 0 && uitkomst.isEmpty() && afspraken.countByBsnAndGemeentecode(b, gemeentecode) == 0) {
            return Optional.empty();
        }
        // the same count as the handhaving's: missed oproepen plus planned leerbaarheidstoetsen he did not join
        int nietVerschenen = Math.toIntExact(oproepen.countByBsnAndGemeentecodeAndVerschenenFalse(b, gemeentecode)
                + afspraken.countByBsnAndGemeentecodeAndVerschenenFalse(b, gemeentecode));
        return Optional.of(new Intakeresultaat(Math.toIntExact(aantalOproepen), nietVerschenen,
                uitkomst.map(UitkomstEntity::getResultaat).orElse(null),
                uitkomst.map(UitkomstEntity::getBehaaldeScore).orElse(null),
                uitkomst.map(UitkomstEntity::getBenodigdeScore).orElse(null),
                uitkomst.map(UitkomstEntity::getDatumAfname).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Boete> boetes(Bsn bsn, String gemeentecode) {
        return handhaving.findByBsnAndGemeentecodeOrderByOpgelegdOpAsc(bsn.value(), gemeentecode).stream()
                .filter(h -> h.getMaatregel() == Maatregel.BOETE)
                .map(h -> new Boete(h.getDatum(), h.getBedrag(), h.getReden())).toList();
    }
}
