package nl.inburgering.duo.inburgeringsplicht.persistence;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeerbaarheidstoetsRepository extends JpaRepository<LeerbaarheidstoetsEntity, UUID> {

    long countByBsn(String bsn);
}
