package nl.inburgering.instelling.cursist.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CursistRepository extends JpaRepository<CursistEntity, UUID> {

    Page<CursistEntity> findByInstellingsnummer(String instellingsnummer, Pageable pageable);

    Optional<CursistEntity> findByIdAndInstellingsnummer(UUID id, String instellingsnummer);

    List<CursistEntity> findByInstellingsnummerAndBsnOrderByIngeschrevenOpDesc(String instellingsnummer, String bsn);

    boolean existsByInstellingsnummerAndBsnAndDatumUitschrijvingIsNull(String instellingsnummer, String bsn);
}
