package nl.inburgering.duo.pip.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringsaanbodRepository extends JpaRepository<InburgeringsaanbodEntity, Long> {

    Optional<InburgeringsaanbodEntity> findByBsnAndInstellingsnummer(String bsn, String instellingsnummer);

    List<InburgeringsaanbodEntity> findByBsnOrderByInstellingsnummer(String bsn);
}
