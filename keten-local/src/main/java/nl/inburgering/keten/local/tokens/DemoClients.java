package nl.inburgering.keten.local.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clients one token issuer knows: the demo clients, plus any a test added. */
final class DemoClients {

    private final Map<String, DemoClient> byId = new LinkedHashMap<>();

    DemoClients(List<DemoClient> clients) {
        for (DemoClient client : clients) {
            if (byId.put(client.clientId(), client) != null) {
                throw new IllegalArgumentException("client id twice: " + client.clientId());
            }
        }
    }

    List<DemoClient> all() {
        return List.copyOf(byId.values());
    }

    Optional<DemoClient> of(String clientId) {
        return Optional.ofNullable(byId.get(clientId));
    }
}
