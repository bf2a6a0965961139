package nl.inburgering.keten.local;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import nl.inburgering.keten.local.tokens.DemoClient;

/**
 * The settings that let gemeenten follow their cases through DUO's Notificatie API instead of Kafka (issue 14 item 5,
 * decision 0030): DUO registers each gemeente's endpoint at the local gemeente-service and presents its
 * {@code duosysteem} token there; the gemeente-service receives for them, asks DUO's M2M APIs as the gemeente's own
 * system ({@code gemeentesysteem-<naam>}) and no longer reads their Kafka topics.
 */
final class Notificatieabonnementen {

    /** The gemeenten of the local chain, as {@code platform-defaults-local.yml} lists them. */
    private static final String LOKALE_GEMEENTEN = lokaleGemeenten();

    private Notificatieabonnementen() {
    }

    /** The properties of {@code service} (DUO or the gemeente-service); empty for any other or without gemeenten. */
    static Map<String, String> voor(KetenService service, Set<String> gemeenten, int duoPort, int gemeentePort,
            String tokenUri) {
        Map<String, String> p = new LinkedHashMap<>();
        if (gemeenten.isEmpty()) {
            return p;
        }
        if (service == KetenService.DUO) {
            for (String gemeente : gemeenten) {
                String abonnement = "keten.duo.notificatie.abonnementen." + oin(gemeente);
                p.put(abonnement + ".gemeentecode", gemeente);
                p.put(abonnement + ".url", "http://localhost:" + gemeentePort + "/api/v1/notificaties");
            }
            p.put("keten.duo.notificatie.token.uri", tokenUri);
            p.put("keten.duo.notificatie.token.client-id", "duosysteem");
            p.put("keten.duo.notificatie.token.client-secret", DemoClient.SECRET);
        } else if (service == KetenService.GEMEENTE) {
            p.put("keten.gemeenten", Arrays.stream(LOKALE_GEMEENTEN.split(","))
                    .map(String::strip).filter(g -> !gemeenten.contains(g)).collect(Collectors.joining(",")));
            for (String gemeente : gemeenten) {
                String ontvanger = "keten.gemeente.notificatie.gemeenten." + oin(gemeente);
                p.put(ontvanger + ".gemeentecode", gemeente);
                p.put(ontvanger + ".client-id", DemoClient.gemeentesysteem(gemeente).clientId());
                p.put(ontvanger + ".client-secret", DemoClient.SECRET);
            }
            p.put("keten.gemeente.notificatie.duo-url", "http://localhost:" + duoPort + "/m2m/v1");
            p.put("keten.gemeente.notificatie.token-uri", tokenUri);
        }
        return p;
    }

    private static String oin(String gemeente) {
        return DemoClient.gemeentesysteem(gemeente).organisatieOin();
    }

    private static String lokaleGemeenten() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("platform-defaults-local.yml"));
        Properties properties = yaml.getObject();
        String gemeenten = properties == null ? null : properties.getProperty("keten.gemeenten");
        if (gemeenten == null) {
            throw new IllegalStateException("platform-defaults-local.yml names no keten.gemeenten");
        }
        return gemeenten;
    }
}
