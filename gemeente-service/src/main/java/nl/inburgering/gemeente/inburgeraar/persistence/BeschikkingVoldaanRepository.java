package nl.inburgering.gemeente.inburgeraar.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BeschikkingVoldaanRepository extends JpaRepository<BeschikkingVoldaanEntity, UUID> {

    Optional<BeschikkingVoldaanEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    List<BeschikkingVoldaanEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
