package nl.inburgering.gemeente.pip.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningActualisatieRepository extends JpaRepository<InspanningActualisatieEntity, Long> {

    List<InspanningActualisatieEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);
}
