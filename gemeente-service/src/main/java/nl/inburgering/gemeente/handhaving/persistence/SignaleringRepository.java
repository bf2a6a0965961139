package nl.inburgering.gemeente.handhaving.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignaleringRepository extends JpaRepository<SignaleringEntity, UUID> {

    List<SignaleringEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
