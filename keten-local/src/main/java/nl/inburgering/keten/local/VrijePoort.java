package nl.inburgering.keten.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free TCP port for a listener that binds later (a service whose address another service must know first, the
 * broker's two listeners, the token issuer).
 *
 * <p>Port 0 ("any free port") hands out a port from the kernel's ephemeral range, the same range every outgoing
 * connection takes its local port from. Between choosing such a port and binding it, a Kafka client or JDBC
 * connection of the chain itself may take it (a CI run failed on exactly that: "duo-service did not start:
 * Address already in use"). So the port is chosen below the ephemeral range, where only an explicit bind can take
 * it, and never handed out twice by this JVM.
 */
public final class VrijePoort {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LAAGSTE = 20_000;
    private static final int LINUX_EPHEMERAL_BEGIN = 32_768;
    private static final int POGINGEN = 200;
    private static final Set<Integer> UITGEGEVEN = ConcurrentHashMap.newKeySet();

    private VrijePoort() {
    }

    /** A port nobody listens on now, outside the ephemeral range, not handed out before by this JVM. */
    public static int kies() {
        int boven = begintEphemeral();
        for (int poging = 0; poging < POGINGEN; poging++) {
            int kandidaat = ThreadLocalRandom.current().nextInt(LAAGSTE, boven);
            if (!UITGEGEVEN.contains(kandidaat) && vrij(kandidaat) && UITGEGEVEN.add(kandidaat)) {
                return kandidaat;
            }
        }
        throw new IllegalStateException("no free port between " + LAAGSTE + " and " + boven + " after " + POGINGEN
                + " attempts");
    }

    private static boolean vrij(int poort) {
        // the wildcard address: a listener on any interface makes the port unusable for ours
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(poort));
            return true;
        } catch (IOException bezet) {
            return false;
        }
    }

    static int begintEphemeral() {
        try {
            int begin = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return begin > LAAGSTE + 1_000 ? begin : LINUX_EPHEMERAL_BEGIN;
        } catch (IOException | RuntimeException elders) {
            return LINUX_EPHEMERAL_BEGIN; // not Linux: IANA's dynamic range starts higher still (49152)
        }
    }
}
