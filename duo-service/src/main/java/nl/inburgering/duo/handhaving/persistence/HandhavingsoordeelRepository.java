package nl.inburgering.duo.handhaving.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HandhavingsoordeelRepository extends JpaRepository<HandhavingsoordeelEntity, UUID> {

    boolean existsByBsnAndVervaldag(String bsn, LocalDate vervaldag);

    List<HandhavingsoordeelEntity> findByBsnOrderByVervaldag(String bsn);

    List<HandhavingsoordeelEntity> findByBsnAndBeschikkingskenmerkNotNullOrderByVervaldag(String bsn);
}
