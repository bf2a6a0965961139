package nl.inburgering.gemeente.handhaving.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OpgelegdeBoeteRepository extends JpaRepository<OpgelegdeBoeteEntity, UUID> {

    Optional<OpgelegdeBoeteEntity> findByBsnAndGemeentecodeAndBeschikkingskenmerk(String bsn, String gemeentecode,
            String beschikkingskenmerk);

    List<OpgelegdeBoeteEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
