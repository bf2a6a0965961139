package nl.inburgering.instelling.factuur.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.instelling.factuur.domain.Factuurstatus;

public interface FactuurRepository extends JpaRepository<FactuurEntity, UUID> {

    Optional<FactuurEntity> findByInstellingsnummerAndFactuurnummer(String instellingsnummer, String factuurnummer);

    Optional<FactuurEntity> findByIdAndInstellingsnummer(UUID id, String instellingsnummer);

    Page<FactuurEntity> findByInstellingsnummer(String instellingsnummer, Pageable pageable);

    Page<FactuurEntity> findByInstellingsnummerAndStatus(String instellingsnummer, Factuurstatus status,
            Pageable pageable);
}
