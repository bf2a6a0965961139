package nl.inburgering.platform.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The {@code pseudoniem} of a #22 record (decision 0041): the BSN encrypted with CBS's PUBLIC key, RSA-OAEP with
 * SHA-256 (and MGF1 with SHA-256: the JDK's default for "OAEPWithSHA-256AndMGF1Padding" is MGF1 with SHA-1, so both
 * sides name the parameters). OAEP is randomised: the same BSN gives a different value in every record, so no partner
 * can link or reverse another partner's pseudonyms; only CBS, with its private key, can, and it derives its own stable
 * pseudonym from the BSN (the {@code cbs-dataset} command). JDK only.
 */
public final class CbsVersleuteling {

    /** The transformation and parameters both sides use. */
    public static final String TRANSFORMATIE = "RSA/ECB/OAEPPadding";
    public static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    private final PublicKey sleutel;
    private final SecureRandom random = new SecureRandom();

    private CbsVersleuteling(PublicKey sleutel) {
        this.sleutel = sleutel;
    }

    /** From CBS's public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public static CbsVersleuteling metPubliekeSleutel(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("keten.monitoring.cbs-publieke-sleutel is niet ingesteld");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
            return new CbsVersleuteling(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("keten.monitoring.cbs-publieke-sleutel is geen publieke RSA-sleutel in PEM",
                    e);
        }
    }

    /** A fresh pseudonym of this person for one record: Base64 of the OAEP ciphertext. */
    public String pseudoniem(Bsn bsn) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATIE);
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, OAEP, random);
            return Base64.getEncoder().encodeToString(cipher.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP met SHA-256 is niet beschikbaar", e);
        }
    }
}
