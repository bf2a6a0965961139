package nl.inburgering.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import javax.crypto.Cipher;

import org.junit.jupiter.api.Test;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;

/** Decision 0041: a partner's pseudonym for CBS is the BSN encrypted with CBS's public key, different every time. */
class CbsVersleutelingTest {

    private final CbsVersleuteling versleuteling = CbsVersleuteling.metPubliekeSleutel(TestCbsSleutels.publiekePem());

    @Test
    void alleen_cbs_haalt_met_zijn_privesleutel_het_bsn_uit_het_pseudoniem() throws Exception {
        Bsn bsn = Bsn.of(TestBsn.nieuw());

        String pseudoniem = versleuteling.pseudoniem(bsn);

        assertThat(pseudoniem).doesNotContain(bsn.value());
        assertThat(ontsleutel(pseudoniem)).isEqualTo(bsn.value());
    }

    @Test
    void hetzelfde_bsn_geeft_in_elk_record_een_ander_pseudoniem_zodat_geen_partner_records_kan_koppelen() {
        Bsn bsn = Bsn.of(TestBsn.nieuw());

        assertThat(versleuteling.pseudoniem(bsn)).isNotEqualTo(versleuteling.pseudoniem(bsn));
    }

    @Test
    void een_dienst_zonder_geldige_publieke_sleutel_van_cbs_start_niet() {
        assertThatThrownBy(() -> CbsVersleuteling.metPubliekeSleutel(""))
                .hasMessageContaining("keten.monitoring.cbs-publieke-sleutel");
        assertThatThrownBy(() -> CbsVersleuteling.metPubliekeSleutel(TestCbsSleutels.privePem()))
                .hasMessageContaining("geen publieke RSA-sleutel");
    }

    private static String ontsleutel(String pseudoniem) throws Exception {
        PrivateKey prive = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                .decode(TestCbsSleutels.privePem().replaceAll("-----[A-Z ]+-----", "").strip())));
        Cipher cipher = Cipher.getInstance(CbsVersleuteling.TRANSFORMATIE);
        cipher.init(Cipher.DECRYPT_MODE, prive, CbsVersleuteling.OAEP);
        return new String(cipher.doFinal(Base64.getDecoder().decode(pseudoniem)), StandardCharsets.US_ASCII);
    }
}
