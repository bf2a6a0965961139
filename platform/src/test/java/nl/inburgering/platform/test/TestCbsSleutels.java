package nl.inburgering.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * TEST ONLY: a key pair of "CBS" made once per JVM, for the #22 tests (decision 0041). The public key is what the
 * services get as {@code keten.monitoring.cbs-publieke-sleutel}, the private key what the cbs-dataset command reads.
 */
public final class TestCbsSleutels {

    private static final KeyPair PAAR;

    static {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PAAR = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** TEST ONLY: CBS's secret for its own pseudonym. */
    public static final String GEHEIM = "test-only-geheim-van-cbs-niet-voor-productie-0041";

    private TestCbsSleutels() {
    }

    public static String publiekePem() {
        return pem("PUBLIC KEY", PAAR.getPublic().getEncoded());
    }

    public static String privePem() {
        return pem("PRIVATE KEY", PAAR.getPrivate().getEncoded());
    }

    /** TEST ONLY: what CBS reads in a partner's pseudonym (the BSN), to check whose record it is. */
    public static String bsnUit(String pseudoniem) {
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(javax.crypto.Cipher.DECRYPT_MODE, PAAR.getPrivate(),
                    nl.inburgering.platform.monitoring.CbsVersleuteling.OAEP);
            return new String(cipher.doFinal(Base64.getDecoder().decode(pseudoniem)),
                    java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String soort, byte[] der) {
        return "-----BEGIN " + soort + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + soort + "-----\n";
    }
}
