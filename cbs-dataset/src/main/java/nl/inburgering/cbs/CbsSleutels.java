package nl.inburgering.cbs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * CBS's own keys (decision 0041): the private RSA key that opens a partner's {@code pseudoniem} (RSA-OAEP with SHA-256
 * and MGF1 with SHA-256, as {@code platform/monitoring/CbsVersleuteling} writes it) and the secret from which CBS
 * derives its stable pseudonym (HMAC-SHA256, "RIN-like"). The BSN exists only inside {@link #cbsPseudoniem}; nothing
 * here writes or returns it.
 */
public final class CbsSleutels {

    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    private final PrivateKey priveSleutel;
    private final SecretKeySpec geheim;

    /**
     * @param priveSleutelPem CBS's private key, PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
     * @param geheim          CBS's secret for its own pseudonym (at least 32 characters)
     */
    public CbsSleutels(String priveSleutelPem, String geheim) {
        if (geheim == null || geheim.strip().length() < 32) {
            throw new IllegalArgumentException("het geheim van CBS moet minstens 32 tekens zijn");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(priveSleutelPem.replaceAll("-----[A-Z ]+-----", "").strip());
            this.priveSleutel = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("de privesleutel van CBS is geen RSA-sleutel in PKCS#8-PEM", e);
        }
        this.geheim = new SecretKeySpec(geheim.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * CBS's stable pseudonym of the person whose BSN a partner encrypted in {@code partnerPseudoniem}: the same for
     * every record of that person from every source, and nothing a partner can compute.
     *
     * @throws IllegalArgumentException when the value was not encrypted with CBS's public key
     */
    public String cbsPseudoniem(String partnerPseudoniem) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, priveSleutel, OAEP);
            byte[] bsn = cipher.doFinal(Base64.getDecoder().decode(partnerPseudoniem));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(geheim);
            return HexFormat.of().formatHex(mac.doFinal(bsn), 0, 16);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("pseudoniem is niet met de publieke sleutel van CBS versleuteld", e);
        }
    }
}
