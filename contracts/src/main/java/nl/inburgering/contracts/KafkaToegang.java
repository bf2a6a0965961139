package nl.inburgering.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Kafka ACLs of a shared cluster, generated from the {@link TopicCatalogue} (decision 0018): per partner principal
 * READ on the topics it consumes (of a stelseldienst per recipient only its own) and on its consumer group, WRITE on
 * the dead-letter topics of those, WRITE on the topics it produces (of a stelseldienst per recipient every recipient's,
 * as a prefix, so a gemeente that joins needs no new ACL for its producers), WRITE and DESCRIBE on the transactional ids
 * of its outbox relay, IDEMPOTENT_WRITE on the cluster; nothing else (no CREATE: the operator creates the topics).
 *
 * <p>Knows no Kafka classes: {@link Regel#kafkaAcls()} is the argument list of Kafka's {@code kafka-acls.sh}, and
 * a caller with an AdminClient turns a {@link Regel} into an {@code AclBinding}. From the command line:
 * {@code ./mvnw -q -o -pl contracts compile exec:java -Dexec.mainClass=nl.inburgering.contracts.KafkaToegang
 * -Dexec.args="duo coa ind gemeente-0363 instelling-12345"} prints the {@code kafka-topics.sh} and
 * {@code kafka-acls.sh} commands for those recipients.
 */
public final class KafkaToegang {

    private KafkaToegang() {
    }

    public enum Resource { TOPIC, GROUP, TRANSACTIONAL_ID, CLUSTER }

    public enum Patroon { LITERAL, PREFIXED }

    public enum Operatie { READ, WRITE, DESCRIBE, IDEMPOTENT_WRITE }

    /** One ALLOW ACL (any host). {@code naam} is {@code kafka-cluster} for the cluster. */
    public record Regel(String principal, Resource resource, Patroon patroon, String naam, Operatie operatie) {

        public Regel {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(patroon, "patroon");
            Objects.requireNonNull(naam, "naam");
            Objects.requireNonNull(operatie, "operatie");
        }

        /** The arguments of {@code kafka-acls.sh --add} for this ACL. */
        public String kafkaAcls() {
            String operatie = switch (this.operatie) {
                case READ -> "Read";
                case WRITE -> "Write";
                case DESCRIBE -> "Describe";
                case IDEMPOTENT_WRITE -> "IdempotentWrite";
            };
            String resource = switch (this.resource) {
                case TOPIC -> "--topic " + naam;
                case GROUP -> "--group " + naam;
                case TRANSACTIONAL_ID -> "--transactional-id " + naam;
                case CLUSTER -> "--cluster";
            };
            return "--add --allow-principal " + principal + " --operation " + operatie + " " + resource
                    + (patroon == Patroon.PREFIXED ? " --resource-pattern-type prefixed" : "");
        }
    }

    /**
     * One deployment of a partner's service on the shared cluster, with its own principal.
     *
     * @param principal          its SASL/mTLS principal, {@code User:<naam>}
     * @param partner            which ketenpartner it is
     * @param codes              the gemeenten (or instellingen) it serves; empty for a partner that is one organisation
     * @param consumentengroep   its consumer group ({@code spring.kafka.consumer.group-id})
     * @param transactieIdPrefix its outbox relay's transactional id prefix ({@code keten.outbox.transactie-id-prefix})
     */
    public record Deelnemer(String principal, Ketenpartner partner, Set<String> codes, String consumentengroep,
            String transactieIdPrefix) {

        public Deelnemer {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(partner, "partner");
            codes = Set.copyOf(codes);
            Objects.requireNonNull(consumentengroep, "consumentengroep");
            Objects.requireNonNull(transactieIdPrefix, "transactieIdPrefix");
            if (partner.veelvoudig() && codes.isEmpty()) {
                throw new IllegalArgumentException(principal + ": een " + partner + " leest als één of meer "
                        + "gemeenten of instellingen, noem hun codes");
            }
        }

        /**
         * One recipient's own service: principal {@code User:gemeente-0363}, group {@code gemeente-service-0363},
         * transactional ids {@code outbox-gemeente-service-0363-}; for COA {@code User:coa}, {@code coa-service},
         * {@code outbox-coa-service-}.
         */
        public static Deelnemer van(Afnemer afnemer) {
            String dienst = afnemer.partner().name().toLowerCase(Locale.ROOT) + "-service"
                    + (afnemer.code() == null ? "" : "-" + afnemer.code());
            return new Deelnemer(afnemer.principal(), afnemer.partner(),
                    afnemer.code() == null ? Set.of() : Set.of(afnemer.code()), dienst, "outbox-" + dienst + "-");
        }

        /** {@code duo}, {@code coa}, {@code gemeente-0363}, {@code instelling-12345}. */
        public static Deelnemer van(String naam) {
            int streep = naam.indexOf('-');
            String partner = streep < 0 ? naam : naam.substring(0, streep);
            Ketenpartner p;
            try {
                p = Ketenpartner.valueOf(partner.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("onbekende ketenpartner in " + naam + ": een van "
                        + java.util.Arrays.toString(Ketenpartner.values()).toLowerCase(Locale.ROOT));
            }
            return van(new Afnemer(p, streep < 0 ? null : naam.substring(streep + 1)));
        }
    }

    /** The ACLs of one deployment, in a stable order. */
    public static List<Regel> regels(Deelnemer deelnemer) {
        String principal = deelnemer.principal();
        Set<Regel> regels = new LinkedHashSet<>();
        Set<String> gelezen = TopicCatalogue.topicsGelezenDoor(deelnemer.partner(), deelnemer.codes());
        for (String topic : gelezen) {
            regels.add(new Regel(principal, Resource.TOPIC, Patroon.LITERAL, topic, Operatie.READ));
        }
        for (String topic : gelezen) {
            // dead letters: the service parks a record it cannot read on <topic>-dlt (architecture §3)
            regels.add(new Regel(principal, Resource.TOPIC, Patroon.LITERAL, topic + "-dlt", Operatie.WRITE));
        }
        if (!gelezen.isEmpty()) {
            regels.add(new Regel(principal, Resource.GROUP, Patroon.LITERAL, deelnemer.consumentengroep(),
                    Operatie.READ));
        }
        List<Topic> geschreven = TopicCatalogue.all().stream().filter(t -> t.producer() == deelnemer.partner()).toList();
        for (Topic topic : geschreven) {
            regels.add(topic.perAfnemer()
                    ? new Regel(principal, Resource.TOPIC, Patroon.PREFIXED, topic.name() + ".", Operatie.WRITE)
                    : new Regel(principal, Resource.TOPIC, Patroon.LITERAL, topic.name(), Operatie.WRITE));
        }
        if (!geschreven.isEmpty()) {
            regels.add(new Regel(principal, Resource.TRANSACTIONAL_ID, Patroon.PREFIXED,
                    deelnemer.transactieIdPrefix(), Operatie.WRITE));
            regels.add(new Regel(principal, Resource.TRANSACTIONAL_ID, Patroon.PREFIXED,
                    deelnemer.transactieIdPrefix(), Operatie.DESCRIBE));
        }
        regels.add(new Regel(principal, Resource.CLUSTER, Patroon.LITERAL, "kafka-cluster", Operatie.IDEMPOTENT_WRITE));
        return List.copyOf(regels);
    }

    /** The ACLs of several deployments. */
    public static List<Regel> regels(Collection<Deelnemer> deelnemers) {
        List<Regel> regels = new ArrayList<>();
        deelnemers.forEach(d -> regels.addAll(regels(d)));
        return regels;
    }

    /**
     * The topics (and their {@code -dlt}) the recipients {@code afnemers} read: what the operator creates when a
     * gemeente or instelling joins.
     */
    public static Set<String> topicsVan(Collection<Afnemer> afnemers) {
        Set<String> topics = new java.util.TreeSet<>();
        for (Afnemer afnemer : afnemers) {
            for (String topic : TopicCatalogue.topicsGelezenDoor(afnemer.partner(),
                    afnemer.code() == null ? Set.of() : Set.of(afnemer.code()))) {
                topics.add(topic);
                topics.add(topic + "-dlt");
            }
        }
        return topics;
    }

    /**
     * Prints, for the deployments named in {@code args} ({@code duo}, {@code gemeente-0363}, ...), the
     * {@code kafka-topics.sh} commands that create their topics and the {@code kafka-acls.sh} commands of their ACLs,
     * for a shell with {@code KAFKA} (bootstrap servers) and {@code KAFKA_ADMIN} (the operator's client properties).
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("gebruik: KafkaToegang duo coa ind gemeente-0363 instelling-12345 ...");
            System.exit(2);
        }
        List<Deelnemer> deelnemers = java.util.Arrays.stream(String.join(" ", args).trim().split("[\\s,]+"))
                .map(Deelnemer::van).toList();
        System.out.println("# Topics (partitions, replication and min.insync.replicas as keten.kafka: 3/3/2 on a cluster)");
        for (String topic : topicsVan(deelnemers.stream()
                .map(d -> d.codes().isEmpty() ? List.of(Afnemer.van(d.partner()))
                        : d.codes().stream().map(c -> new Afnemer(d.partner(), c)).toList())
                .flatMap(List::stream).toList())) {
            System.out.println("kafka-topics.sh --bootstrap-server \"$KAFKA\" --command-config \"$KAFKA_ADMIN\" --create"
                    + " --if-not-exists --topic " + topic
                    + " --partitions 3 --replication-factor 3 --config min.insync.replicas=2");
        }
        for (Deelnemer deelnemer : deelnemers) {
            System.out.println("# " + deelnemer.principal() + ": group " + deelnemer.consumentengroep()
                    + ", transactional ids " + deelnemer.transactieIdPrefix() + "*");
            for (Regel regel : regels(deelnemer)) {
                System.out.println("kafka-acls.sh --bootstrap-server \"$KAFKA\" --command-config \"$KAFKA_ADMIN\" "
                        + regel.kafkaAcls());
            }
        }
    }
}
