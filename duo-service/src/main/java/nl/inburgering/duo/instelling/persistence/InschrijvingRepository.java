package nl.inburgering.duo.instelling.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InschrijvingRepository extends JpaRepository<InschrijvingEntity, UUID> {

    List<InschrijvingEntity> findByBsnOrderByDatumInschrijvingAsc(String bsn);

    List<InschrijvingEntity> findByBsnAndInstellingsnummer(String bsn, String instellingsnummer);

    Optional<InschrijvingEntity> findByBsnAndInstellingsnummerAndDatumInschrijving(String bsn,
            String instellingsnummer, LocalDate datumInschrijving);
}
