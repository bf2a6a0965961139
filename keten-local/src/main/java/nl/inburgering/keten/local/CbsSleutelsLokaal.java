package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * LOCAL ONLY: CBS's keys for #22 in the local chain (decision 0041), made once per data directory in {@code cbs/}:
 * {@code cbs-publiek.pem} goes to every service as {@code keten.monitoring.cbs-publieke-sleutel}, and
 * {@code cbs-prive.pem} and {@code cbs-geheim.txt} are what the {@code cbs-dataset} command reads (README, "The CBS
 * dataset"). A real chain gets CBS's public key from CBS; its private key and secret never leave CBS.
 */
public final class CbsSleutelsLokaal {

    public static final String PUBLIEK = "cbs-publiek.pem";
    public static final String PRIVE = "cbs-prive.pem";
    public static final String GEHEIM = "cbs-geheim.txt";

    private CbsSleutelsLokaal() {
    }

    /** The directory with the three files, made when absent. */
    public static synchronized Path in(Path dataDir) {
        Path map = dataDir.resolve("cbs");
        try {
            if (!Files.exists(map.resolve(PUBLIEK))) {
                Files.createDirectories(map);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                KeyPair paar = generator.generateKeyPair();
                byte[] geheim = new byte[32];
                new SecureRandom().nextBytes(geheim);
                Files.writeString(map.resolve(PRIVE), pem("PRIVATE KEY", paar.getPrivate().getEncoded()));
                Files.writeString(map.resolve(GEHEIM), HexFormat.of().formatHex(geheim) + "\n");
                Files.writeString(map.resolve(PUBLIEK), pem("PUBLIC KEY", paar.getPublic().getEncoded()));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CBS's public key (PEM) of this data directory. */
    public static String publiekeSleutel(Path dataDir) {
        try {
            return Files.readString(in(dataDir).resolve(PUBLIEK), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String soort, byte[] der) {
        return "-----BEGIN " + soort + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + soort + "-----\n";
    }
}
