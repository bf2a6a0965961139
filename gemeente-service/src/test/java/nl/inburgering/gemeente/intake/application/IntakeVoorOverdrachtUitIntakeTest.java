package nl.inburgering.gemeente.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.intake.api.IntakeVoorOverdracht.Boete;
import nl.inburgering.gemeente.intake.api.IntakeVoorOverdracht.Intakeresultaat;
import nl.inburgering.gemeente.intake.domain.Maatregel;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.HandhavingEntity;
import nl.inburgering.gemeente.intake.persistence.HandhavingRepository;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstEntity;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * What the old gemeente hands over of the brede intake (#19): the opkomst, DUO's latest uitkomst of the
 * leerbaarheidstoets and each boete it imposed for not cooperating; nothing when it recorded nothing.
 */
class IntakeVoorOverdrachtUitIntakeTest {

    private static final Bsn BSN = Bsn.of("999990019");
    private static final String ROTTERDAM = "0599";
    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");

    private final OproepRepository oproepen = mock(OproepRepository.class);
    private final AfspraakRepository afspraken = mock(AfspraakRepository.class);
    private final UitkomstRepository uitkomsten = mock(UitkomstRepository.class);
    private final HandhavingRepository handhaving = mock(HandhavingRepository.class);
    private final IntakeVoorOverdrachtUitIntake overdracht = new IntakeVoorOverdrachtUitIntake(oproepen, afspraken,
            uitkomsten, handhaving);

    @Test
    void de_opkomst_en_de_laatste_uitkomst_van_de_leerbaarheidstoets_gaan_mee() {
        when(oproepen.countByBsnAndGemeentecode(BSN.value(), ROTTERDAM)).thenReturn(4L);
        when(oproepen.countByBsnAndGemeentecodeAndVerschenenFalse(BSN.value(), ROTTERDAM)).thenReturn(2L);
        when(afspraken.countByBsnAndGemeentecodeAndVerschenenFalse(BSN.value(), ROTTERDAM)).thenReturn(1L);
        when(uitkomsten.findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(BSN.value(), ROTTERDAM))
                .thenReturn(Optional.of(new UitkomstEntity(BSN.value(), ROTTERDAM, "B1_ROUTE_NIET_HAALBAAR", "11,25",
                        "12,00", LocalDate.of(2026, 10, 12), NU)));

        assertThat(overdracht.intakeresultaat(BSN, ROTTERDAM)).contains(new Intakeresultaat(4, 3,
                "B1_ROUTE_NIET_HAALBAAR", "11,25", "12,00", LocalDate.of(2026, 10, 12)));
    }

    @Test
    void een_intake_met_alleen_oproepen_gaat_mee_zonder_uitkomst() {
        when(oproepen.countByBsnAndGemeentecode(BSN.value(), ROTTERDAM)).thenReturn(1L);
        when(uitkomsten.findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(BSN.value(), ROTTERDAM))
                .thenReturn(Optional.empty());

        assertThat(overdracht.intakeresultaat(BSN, ROTTERDAM))
                .contains(new Intakeresultaat(1, 0, null, null, null, null));
    }

    @Test
    void zonder_oproep_afspraak_of_uitkomst_gaat_er_geen_intake_mee() {
        when(uitkomsten.findFirstByBsnAndGemeentecodeOrderByDatumAfnameDescVolgnummerDesc(BSN.value(), ROTTERDAM))
                .thenReturn(Optional.empty());

        assertThat(overdracht.intakeresultaat(BSN, ROTTERDAM)).isEmpty();
    }

    @Test
    void elke_boete_bij_de_brede_intake_gaat_mee_met_datum_bedrag_en_reden_een_waarschuwing_niet() {
        when(handhaving.findByBsnAndGemeentecodeOrderByOpgelegdOpAsc(BSN.value(), ROTTERDAM)).thenReturn(List.of(
                new HandhavingEntity(BSN.value(), ROTTERDAM, Maatregel.WAARSCHUWING, LocalDate.of(2026, 10, 1), null,
                        "Twee keer niet verschenen", NU),
                new HandhavingEntity(BSN.value(), ROTTERDAM, Maatregel.BOETE, LocalDate.of(2026, 10, 20),
                        new BigDecimal("250.00"), "Drie keer niet verschenen", NU)));

        assertThat(overdracht.boetes(BSN, ROTTERDAM)).containsExactly(
                new Boete(LocalDate.of(2026, 10, 20), new BigDecimal("250.00"), "Drie keer niet verschenen"));
    }
}
