package nl.inburgering.duo.dossier.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlichthistorieRepository extends JpaRepository<PlichthistorieEntity, Long> {

    List<PlichthistorieEntity> findByBsnOrderById(String bsn);
}
