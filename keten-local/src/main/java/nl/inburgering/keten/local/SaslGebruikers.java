package nl.inburgering.keten.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A broker with SASL/PLAIN on every listener and Kafka's {@code StandardAuthorizer} (decision 0018): a user and
 * password per principal ({@code User:<naam>}), and the operator {@link #BEHEERDER} as the only super user, which
 * creates the topics and sets the ACLs. Without an ACL nothing is allowed. For tests and a local shared-cluster
 * rehearsal; a real cluster uses SCRAM or mTLS over TLS.
 */
public record SaslGebruikers(Map<String, String> wachtwoorden) {

    /** The operator: super user of the broker. */
    public static final String BEHEERDER = "beheerder";

    public SaslGebruikers {
        wachtwoorden = Map.copyOf(wachtwoorden);
        if (!wachtwoorden.containsKey(BEHEERDER)) {
            throw new IllegalArgumentException("SASL zonder " + BEHEERDER + ": niemand kan topics en ACLs maken");
        }
        wachtwoorden.keySet().forEach(naam -> {
            if (!naam.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("SASL-gebruiker " + naam + ": alleen a-z, 0-9 en -");
            }
        });
    }

    /** The operator and each of {@code namen}, each with the password {@code <naam>-geheim}. */
    public static SaslGebruikers van(String... namen) {
        Map<String, String> wachtwoorden = new LinkedHashMap<>();
        wachtwoorden.put(BEHEERDER, BEHEERDER + "-geheim");
        for (String naam : namen) {
            wachtwoorden.put(naam, naam + "-geheim");
        }
        return new SaslGebruikers(wachtwoorden);
    }

    /** The broker's SASL listeners, its users and the authorizer; they override keten-local's defaults. */
    public Map<String, String> brokerProperties(String brokerListener, String controllerListener) {
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                .append(" username=\"").append(BEHEERDER).append("\" password=\"").append(wachtwoorden.get(BEHEERDER))
                .append('"');
        wachtwoorden.forEach((naam, wachtwoord) -> jaas.append(" user_").append(naam).append("=\"").append(wachtwoord)
                .append('"'));
        jaas.append(';');
        Map<String, String> p = new LinkedHashMap<>();
        p.put("listener.security.protocol.map", brokerListener + ":SASL_PLAINTEXT," + controllerListener + ":SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name." + brokerListener.toLowerCase() + ".plain.sasl.jaas.config", jaas.toString());
        p.put("listener.name." + controllerListener.toLowerCase() + ".plain.sasl.jaas.config", jaas.toString());
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + BEHEERDER);
        p.put("allow.everyone.if.no.acl.found", "false");
        // a partner principal may not create topics: the operator does (no automatic creation on first use either)
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** The client settings (kafka-clients names) of {@code gebruiker}. */
    public Map<String, String> clientProperties(String gebruiker) {
        String wachtwoord = Objects.requireNonNull(wachtwoorden.get(gebruiker), () -> "geen SASL-gebruiker " + gebruiker);
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + gebruiker + "\" password=\"" + wachtwoord + "\";");
    }

    /** The same as Spring Boot properties of a service ({@code spring.kafka.security.protocol}, ...). */
    public Map<String, String> springProperties(String gebruiker) {
        Map<String, String> p = new LinkedHashMap<>();
        clientProperties(gebruiker).forEach((k, v) -> p.put(k.equals("security.protocol") ? "spring.kafka.security.protocol"
                : "spring.kafka.properties." + k, v));
        return p;
    }
}
