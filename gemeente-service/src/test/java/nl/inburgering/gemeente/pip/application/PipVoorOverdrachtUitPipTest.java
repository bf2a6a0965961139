package nl.inburgering.gemeente.pip.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.pip.api.PipVoorOverdracht.Aanbodstand;
import nl.inburgering.gemeente.pip.api.PipVoorOverdracht.Pipstand;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/** What the old gemeente hands over of its PIP and aanbod (#19): the latest DUO did not reject, by the contract's names. */
class PipVoorOverdrachtUitPipTest {

    private static final Bsn BSN = Bsn.of("999990019");
    private static final String ROTTERDAM = "0599";

    private final PipRepository pips = mock(PipRepository.class);
    private final InburgeringsaanbodRepository aanbiedingen = mock(InburgeringsaanbodRepository.class);
    private final PipVoorOverdrachtUitPip overdracht = new PipVoorOverdrachtUitPip(pips, aanbiedingen);

    private static PipEntity pip(long volgnummer, LocalDate dagtekening, Leerroute leerroute, Niveau niveau,
            Registratiestatus status) {
        PipEntity pip = mock(PipEntity.class);
        when(pip.getVolgnummer()).thenReturn(volgnummer);
        when(pip.getDagtekening()).thenReturn(dagtekening);
        when(pip.getLeerroute()).thenReturn(leerroute);
        when(pip.getNiveau()).thenReturn(niveau);
        when(pip.getStatus()).thenReturn(status);
        when(pip.getIndicatorMagOpleidingAfmaken()).thenReturn(null);
        when(pip.getAlfabetiseringsonderwijs()).thenReturn(null);
        when(pip.getEenzijdigVastgesteld()).thenReturn(true);
        return pip;
    }

    private static InburgeringsaanbodEntity aanbod(LocalDate datum, Registratiestatus status, List<String> instellingen) {
        InburgeringsaanbodEntity aanbod = mock(InburgeringsaanbodEntity.class);
        when(aanbod.getDatumInburgeringsaanbod()).thenReturn(datum);
        when(aanbod.getVerwachteStartdatumOpleiding()).thenReturn(datum.plusMonths(1));
        when(aanbod.getVerwachteEinddatumOpleiding()).thenReturn(datum.plusYears(2));
        when(aanbod.getAlfabetiseringsonderwijs()).thenReturn(Alfabetisering.AA);
        when(aanbod.getInstellingsnummers()).thenReturn(instellingen);
        when(aanbod.getStatus()).thenReturn(status);
        return aanbod;
    }

    @Test
    void het_laatste_pip_dat_duo_niet_afwees_gaat_mee_met_de_namen_van_het_contract() {
        List<PipEntity> rijen = List.of(
                pip(1, LocalDate.of(2026, 6, 1), Leerroute.B1_ROUTE, Niveau.B1, Registratiestatus.GEREGISTREERD),
                pip(2, LocalDate.of(2026, 9, 1), Leerroute.Z_ROUTE, null, Registratiestatus.GEREGISTREERD),
                pip(3, LocalDate.of(2026, 10, 1), Leerroute.ONDERWIJSROUTE, null, Registratiestatus.AFGEWEZEN));
        when(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(rijen);

        Pipstand stand = overdracht.laatstePip(BSN, ROTTERDAM).orElseThrow();

        assertThat(stand.dagtekening()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(stand.leerroute()).isEqualTo("ZELFREDZAAMHEIDSROUTE");
        assertThat(stand.niveau()).isNull();
        assertThat(stand.alfabetiseringsonderwijs()).isEqualTo("NVT");
        assertThat(stand.indicatorMagOpleidingAfmaken()).isFalse();
        assertThat(stand.eenzijdigVastgesteld()).isTrue();
    }

    @Test
    void zonder_pip_of_met_alleen_afgewezen_pips_gaat_er_geen_pip_mee() {
        List<PipEntity> afgewezen = List.of(
                pip(1, LocalDate.of(2026, 6, 1), Leerroute.B1_ROUTE, Niveau.B1, Registratiestatus.AFGEWEZEN));
        when(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(afgewezen);
        when(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), "0363")).thenReturn(List.of());

        assertThat(overdracht.laatstePip(BSN, ROTTERDAM)).isEmpty();
        assertThat(overdracht.laatstePip(BSN, "0363")).isEmpty();
    }

    @Test
    void het_laatste_aanbod_dat_duo_niet_afwees_gaat_mee_met_zijn_instellingen() {
        List<InburgeringsaanbodEntity> rijen = List.of(
                aanbod(LocalDate.of(2026, 7, 1), Registratiestatus.GEREGISTREERD, List.of("11111")),
                aanbod(LocalDate.of(2026, 8, 1), Registratiestatus.VERZONDEN, List.of("22222", "33333")),
                aanbod(LocalDate.of(2026, 9, 1), Registratiestatus.AFGEWEZEN, List.of("44444")));
        when(aanbiedingen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(BSN.value(), ROTTERDAM)).thenReturn(rijen);

        Aanbodstand stand = overdracht.laatsteAanbod(BSN, ROTTERDAM).orElseThrow();

        assertThat(stand.datumInburgeringsaanbod()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(stand.verwachteStartdatumOpleiding()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(stand.verwachteEinddatumOpleiding()).isEqualTo(LocalDate.of(2028, 8, 1));
        assertThat(stand.alfabetiseringsonderwijs()).isEqualTo("AA");
        assertThat(stand.instellingsnummers()).containsExactly("22222", "33333");
    }
}
