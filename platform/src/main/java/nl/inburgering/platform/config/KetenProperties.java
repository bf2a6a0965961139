package nl.inburgering.platform.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import nl.inburgering.contracts.Ketenpartner;

/**
 * Settings every ketenpartner service shares.
 *
 * @param service       the service's name, also the Kafka consumer group and the CloudEvents systeem
 * @param partner       which ketenpartner this service is: its topics must be the catalogue's for that partner
 * @param oin           this partner's own OIN (20 digits): the CloudEvents {@code source}, the Logboek's
 *                      organisation, DUO's M2M {@code doel}. No default: each partner configures its own
 * @param pseudonimisering the secret used to derive partition keys without a BSN in them
 * @param kafka         topic settings: partitions, replication factor and {@code min.insync.replicas} of the topics
 *                      this service creates (1/1 on the local single broker, 3/2 on a cluster)
 * @param outbox        relay settings
 * @param gemeenten     the gemeentecodes whose topics per recipient exist here (decision 0018): a gemeente-service
 *                      reads those of the gemeenten it serves ({@code keten.gemeenten}, e.g. {@code KETEN_GEMEENTEN=0363});
 *                      a service that creates topics creates them for these gemeenten
 * @param instellingen  the same for instellingen ({@code keten.instellingen}: instellingsnummers)
 * @param gehostePartners the partners without a service of their own whose medewerkers use this service, and whose
 *                      stelseldiensten it may publish as the catalogue's producer ({@code keten.gehoste-partners};
 *                      SZW in DUO's service, decision 0035). Empty by default: a service publishes only its own
 */
@ConfigurationProperties("keten")
public record KetenProperties(String service, Ketenpartner partner, String oin, Pseudonimisering pseudonimisering,
        Kafka kafka, Outbox outbox, Topics topics, List<String> gemeenten, List<String> instellingen,
        List<Ketenpartner> gehostePartners) {

    @ConstructorBinding
    public KetenProperties {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("keten.service ontbreekt: de naam van deze dienst");
        }
        if (partner == null) {
            throw new IllegalArgumentException("keten.partner ontbreekt: welke ketenpartner deze dienst is ("
                    + java.util.Arrays.toString(Ketenpartner.values()) + ")");
        }
        if (oin == null || !oin.matches("\\d{20}")) {
            throw new IllegalArgumentException("keten.oin ontbreekt of is geen OIN van 20 cijfers: het eigen OIN van "
                    + partner + " voor de CloudEvents-source, het Logboek en de M2M-controles");
        }
        topics = topics == null ? new Topics(true) : topics;
        gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
        instellingen = instellingen == null ? List.of() : List.copyOf(instellingen);
        gehostePartners = gehostePartners == null ? List.of() : List.copyOf(gehostePartners);
        if (gehostePartners.contains(partner)) {
            throw new IllegalArgumentException("keten.gehoste-partners noemt " + partner + " zelf");
        }
    }

    public KetenProperties(String service, Ketenpartner partner, String oin, Pseudonimisering pseudonimisering,
            Kafka kafka, Outbox outbox, Topics topics, List<String> gemeenten, List<String> instellingen) {
        this(service, partner, oin, pseudonimisering, kafka, outbox, topics, gemeenten, instellingen, List.of());
    }

    public KetenProperties(String service, Ketenpartner partner, String oin, Pseudonimisering pseudonimisering,
            Kafka kafka, Outbox outbox, Topics topics) {
        this(service, partner, oin, pseudonimisering, kafka, outbox, topics, List.of(), List.of(), List.of());
    }

    /** The recipients' codes of a partner that is many organisations: {@link #gemeenten} or {@link #instellingen}. */
    public List<String> codes(Ketenpartner afnemer) {
        return afnemer == Ketenpartner.INSTELLING ? instellingen : afnemer == Ketenpartner.GEMEENTE ? gemeenten : List.of();
    }

    /**
     * @param controle whether the listeners' and publishers' topics are checked against the catalogue at start-up;
     *                 off only for the platform's own test application, which plays several partners at once
     */
    public record Topics(boolean controle) {
    }

    public record Pseudonimisering(String sleutel) {
    }

    /**
     * @param partities         partitions of every topic of the catalogue (and its {@code -dlt})
     * @param replicatie        the replication factor of those topics ({@code keten.kafka.replicatie})
     * @param minInsyncReplicas their {@code min.insync.replicas} ({@code keten.kafka.min-insync-replicas}): with
     *                          {@code acks=all} a write needs this many replicas in sync
     * @param dltRetentie       the {@code retention.ms} of the dead-letter topics ({@code keten.kafka.dlt-retentie},
     *                          default {@link #STANDAARD_DLT_RETENTIE}): long enough for an operator to fix and
     *                          replay, not longer than the inbox remembers events (decision 0013)
     */
    public record Kafka(int partities, int replicatie, int minInsyncReplicas, java.time.Duration dltRetentie) {

        /** A year: a fix that needs a release still finds its dead letters; shorter than the inbox's 400 days. */
        public static final java.time.Duration STANDAARD_DLT_RETENTIE = java.time.Duration.ofDays(365);

        public Kafka(int partities, int replicatie, int minInsyncReplicas) {
            this(partities, replicatie, minInsyncReplicas, null);
        }

        @org.springframework.boot.context.properties.bind.ConstructorBinding
        public Kafka {
            dltRetentie = dltRetentie == null ? STANDAARD_DLT_RETENTIE : dltRetentie;
            if (dltRetentie.isNegative() || dltRetentie.isZero()) {
                throw new IllegalArgumentException("keten.kafka.dlt-retentie moet positief zijn: hoe lang de "
                        + "dead-letter-topics hun berichten bewaren (bijvoorbeeld P365D)");
            }
            if (replicatie < 1) {
                throw new IllegalArgumentException("keten.kafka.replicatie ontbreekt of is kleiner dan 1: de "
                        + "replicatiefactor van de topics (1 op de lokale broker, 3 op een cluster)");
            }
            if (minInsyncReplicas < 1 || minInsyncReplicas > replicatie) {
                throw new IllegalArgumentException("keten.kafka.min-insync-replicas ontbreekt of ligt niet tussen 1 en "
                        + "keten.kafka.replicatie (" + replicatie + "): min.insync.replicas van de topics");
            }
        }
    }

    /**
     * @param interval      how often the relay looks for work when it was not woken
     * @param batchGrootte  rows per publication round
     * @param bewaartermijn how long published rows are kept as the record of delivery
     * @param transactieIdPrefix the prefix of the relay's Kafka transactional ids, {@code outbox-<keten.service>-}
     *                      by default; on a shared cluster each deployment needs its own (its ACL grants that prefix),
     *                      e.g. {@code outbox-gemeente-service-0363-}, or two relays would fence each other
     * @param kafkaTransactie whether the relay publishes each round as one Kafka transaction (decision 0057: off by
     *                      default; the order per key is kept by sending a key's next event only after the previous
     *                      one was acknowledged)
     */
    public record Outbox(Duration interval, int batchGrootte, Duration bewaartermijn, String transactieIdPrefix,
            boolean kafkaTransactie) {
    }

    /** {@code keten.outbox.transactie-id-prefix}, or {@code outbox-<keten.service>-}. */
    public String transactieIdPrefix() {
        return outbox != null && outbox.transactieIdPrefix() != null && !outbox.transactieIdPrefix().isBlank()
                ? outbox.transactieIdPrefix() : "outbox-" + service + "-";
    }
}
