package nl.inburgering.duo.pip.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PipRepository extends JpaRepository<PipEntity, Long> {

    /** The registered PIPs still standing, newest first: the first is the actuele, the last the initiële. */
    List<PipEntity> findByBsnAndVerwijderdFalseOrderByIdDesc(String bsn);

    Optional<PipEntity> findFirstByBsnAndVerwijderdFalseOrderByIdDesc(String bsn);
}
