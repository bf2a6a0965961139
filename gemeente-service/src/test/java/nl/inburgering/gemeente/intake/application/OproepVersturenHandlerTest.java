package nl.inburgering.gemeente.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.intake.api.VastgesteldePip;
import nl.inburgering.gemeente.intake.persistence.OproepEntity;
import nl.inburgering.gemeente.intake.persistence.OproepRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

/** The seam to the PIP feature: an oproep for the brede intake only while the PIP is not vastgesteld. */
class OproepVersturenHandlerTest {

    private static final String BSN = "999990019";
    private static final String AMSTERDAM = "0363";
    private static final UUID ID = UUID.randomUUID();

    private final EigenInburgeraar inburgeraar = mock(EigenInburgeraar.class);
    private final OproepRepository oproepen = mock(OproepRepository.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<VastgesteldePip> pip = mock(ObjectProvider.class);
    // no asielstatushouder in an AZC here: the variant never says too early (BetrokkenheidsvariantTest covers it)
    private final OproepVersturenHandler handler = new OproepVersturenHandler(inburgeraar, oproepen, pip,
            (bsn, gemeentecode, stap) -> java.util.Optional.empty(),
            new Persoonsverwerking(mock(Persoonsvergrendeling.class), mock(Logboek.class), mock(Outbox.class),
                    Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Amsterdam"))));

    private final OproepVersturen oproep = new OproepVersturen(AMSTERDAM, ID,
            OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), "Stadsloket Centrum", "INTAKEGESPREK");

    @BeforeEach
    void inburgeraarVanAmsterdam() {
        when(inburgeraar.vind(AMSTERDAM, ID)).thenReturn(new Inburgeraar(ID, Bsn.of(BSN), AMSTERDAM,
                LocalDate.of(1990, 1, 1), "ASIELSTATUSHOUDER", "ASIELSTATUSHOUDER", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1), false, Instant.parse("2026-11-01T10:00:00Z")));
        when(oproepen.save(any())).thenAnswer(aanroep -> aanroep.getArgument(0));
    }

    @Test
    void zolang_de_pip_feature_niets_zegt_mag_de_klantmanager_oproepen() {
        when(pip.getIfAvailable()).thenReturn(null);

        assertThat(handler.handle(oproep).onderwerp()).isEqualTo("INTAKEGESPREK");
    }

    @Test
    void een_oproep_voor_iemand_wiens_pip_nog_niet_is_vastgesteld_wordt_vastgelegd() {
        when(pip.getIfAvailable()).thenReturn((bsn, gemeentecode) -> false);

        assertThat(handler.handle(oproep).datum()).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00+01:00"));
    }

    @Test
    void na_het_vaststellen_van_het_pip_is_een_oproep_voor_de_brede_intake_een_conflict() {
        when(pip.getIfAvailable()).thenReturn((bsn, gemeentecode) -> Bsn.of(BSN).equals(bsn) && AMSTERDAM.equals(gemeentecode));

        assertThatThrownBy(() -> handler.handle(oproep)).isInstanceOf(ConflictException.class)
                .hasMessage(OproepVersturenHandler.PIP_AL_VASTGESTELD);
        verify(oproepen, never()).save(any(OproepEntity.class));
    }
}
