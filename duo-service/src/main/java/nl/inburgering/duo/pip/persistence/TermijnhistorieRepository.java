package nl.inburgering.duo.pip.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermijnhistorieRepository extends JpaRepository<TermijnhistorieEntity, Long> {

    List<TermijnhistorieEntity> findByBsnOrderById(String bsn);
}
