package nl.inburgering.duo.inspanning.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningRepository extends JpaRepository<InspanningEntity, InspanningEntity.Sleutel> {

    List<InspanningEntity> findByBsnOrderByInstellingsnummerAsc(String bsn);
}
