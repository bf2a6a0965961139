package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Boeteonderdeel;
import nl.inburgering.contracts.common.Boeteregel;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Avro 1.12 only instantiates generated classes from trusted packages while decoding. Without
 * {@link AvroTrust#trustContracts()} (or the system property
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES=nl.inburgering.contracts} set before Avro's
 * ClassSecurityValidator initialises) decode throws
 * {@code SecurityException: Forbidden nl.inburgering.contracts.event...}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SingleObjectEncodingTest {

    @BeforeAll
    static void trustTheContracts() {
        AvroTrust.trustContracts();
    }

    @Test
    void an_inburgeringsplicht_vastgesteld_survives_single_object_encoding_including_its_dates() throws Exception {
        InburgeringsplichtVastgesteld event = InburgeringsplichtVastgesteld.newBuilder()
                .setBsn("999993653")
                .setGemeentecode("0363")
                .setBegindatum(LocalDate.of(2024, 2, 29))
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER)
                .setDatumVaststelling(LocalDate.of(2024, 3, 1))
                .setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1969, 12, 31))
                .build();

        ByteBuffer bytes = InburgeringsplichtVastgesteld.getEncoder().encode(event);
        InburgeringsplichtVastgesteld decoded = InburgeringsplichtVastgesteld.getDecoder().decode(bytes);

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.getBegindatum()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(decoded.getGeboortedatum()).isEqualTo(LocalDate.of(1969, 12, 31));
    }

    @Test
    void money_and_nested_records_survive_single_object_encoding() throws Exception {
        BoeteOpgelegd event = BoeteOpgelegd.newBuilder()
                .setBsn("999993653")
                .setGemeentecode("0599")
                .setBeschikkingskenmerk("DUO-B-2027-0001")
                .setBoeteregels(List.of(new Boeteregel(Boeteonderdeel.LEERROUTE, new BigDecimal("1000.00")),
                        new Boeteregel(Boeteonderdeel.PVT, new BigDecimal("340.00"))))
                .setTotaalbedrag(new BigDecimal("1340.00"))
                .setDatumBeschikking(LocalDate.of(2027, 5, 3))
                .setAanleiding(Aanleiding.NIEUW)
                .build();

        BoeteOpgelegd decoded = BoeteOpgelegd.getDecoder().decode(BoeteOpgelegd.getEncoder().encode(event));

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.getTotaalbedrag()).isEqualByComparingTo("1340.00");
        assertThat(decoded.getNieuweEinddatumInburgeringstermijn()).isNull();
    }

    @Test
    void avro_does_not_trust_the_contract_packages_by_default() {
        assumeTrue(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null);
        assertThat(ClassSecurityValidator.DEFAULT.isTrusted(InburgeringsplichtVastgesteld.class)).isFalse();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(InburgeringsplichtVastgesteld.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(Runtime.class)).isFalse();
    }
}
