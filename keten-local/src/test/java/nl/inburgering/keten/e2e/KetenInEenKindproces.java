package nl.inburgering.keten.e2e;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;

/**
 * keten-local as a process of its own, for {@link KetenKill9E2ETest}: IND, DUO and the gemeente with a real broker,
 * PostgreSQL and token issuer on a persistent data folder and fixed ports, until the process is killed. Prints
 * {@value #KLAAR} when the chain is up.
 *
 * <pre>KetenInEenKindproces &lt;data dir&gt; &lt;kafka&gt; &lt;postgres&gt; &lt;issuer&gt; &lt;ind&gt; &lt;duo&gt; &lt;gemeente&gt;</pre>
 */
public final class KetenInEenKindproces {

    static final String KLAAR = "KETEN-IN-KINDPROCES-KLAAR";

    private KetenInEenKindproces() {
    }

    /** The chain of the test on a data folder and ports; a second start on the same folder continues its data. */
    static LocalKeten.Options opties(Path dataDir, int[] poorten) {
        return LocalKeten.Options.local(dataDir)
                .services(KetenService.IND, KetenService.DUO, KetenService.GEMEENTE)
                .kafkaPort(poorten[0]).postgresPort(poorten[1]).tokenIssuerPort(poorten[2])
                .port(KetenService.IND, poorten[3]).port(KetenService.DUO, poorten[4])
                .port(KetenService.GEMEENTE, poorten[5])
                // the group members of a killed process leave their groups after 10 s instead of 45 s
                .property("spring.kafka.consumer.properties.session.timeout.ms", "10000")
                .property("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000")
                // and the survivors given their partitions fetch there within 500 ms (decision 0053)
                .property("keten.kafka.lege-fetch-wachttijd", "500ms");
    }

    public static void main(String[] args) throws InterruptedException {
        int[] poorten = new int[6];
        for (int i = 0; i < 6; i++) {
            poorten[i] = Integer.parseInt(args[i + 1]);
        }
        LocalKeten.start(opties(Path.of(args[0]), poorten));
        System.out.println(KLAAR);
        System.out.flush();
        new CountDownLatch(1).await(); // until killed
    }
}
