package nl.inburgering.duo.uren.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GevolgdeUrenRepository extends JpaRepository<GevolgdeUrenEntity, GevolgdeUrenEntity.Sleutel> {

    List<GevolgdeUrenEntity> findByBsnOrderByGemeentecode(String bsn);
}
