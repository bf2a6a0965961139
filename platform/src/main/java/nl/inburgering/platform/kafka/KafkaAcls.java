package nl.inburgering.platform.kafka;

import java.util.Collection;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import nl.inburgering.contracts.KafkaToegang;

/**
 * The ACLs the catalogue generates ({@link KafkaToegang}) as Kafka's {@link AclBinding}s, for an operator's
 * AdminClient: {@code admin.createAcls(KafkaAcls.bindingen(KafkaToegang.regels(deelnemers)))} (decision 0018).
 */
public final class KafkaAcls {

    private KafkaAcls() {
    }

    public static List<AclBinding> bindingen(Collection<KafkaToegang.Regel> regels) {
        return regels.stream().map(KafkaAcls::binding).toList();
    }

    public static AclBinding binding(KafkaToegang.Regel regel) {
        ResourceType type = switch (regel.resource()) {
            case TOPIC -> ResourceType.TOPIC;
            case GROUP -> ResourceType.GROUP;
            case TRANSACTIONAL_ID -> ResourceType.TRANSACTIONAL_ID;
            case CLUSTER -> ResourceType.CLUSTER;
        };
        PatternType patroon = switch (regel.patroon()) {
            case LITERAL -> PatternType.LITERAL;
            case PREFIXED -> PatternType.PREFIXED;
        };
        AclOperation operatie = switch (regel.operatie()) {
            case READ -> AclOperation.READ;
            case WRITE -> AclOperation.WRITE;
            case DESCRIBE -> AclOperation.DESCRIBE;
            case IDEMPOTENT_WRITE -> AclOperation.IDEMPOTENT_WRITE;
        };
        return new AclBinding(new ResourcePattern(type, regel.naam(), patroon),
                new AccessControlEntry(regel.principal(), "*", operatie, AclPermissionType.ALLOW));
    }
}
