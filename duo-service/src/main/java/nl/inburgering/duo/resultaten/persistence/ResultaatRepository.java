package nl.inburgering.duo.resultaten.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultaatRepository extends JpaRepository<ResultaatEntity, ResultaatEntity.Sleutel> {

    List<ResultaatEntity> findByBsn(String bsn);
}
