package nl.inburgering.gemeente.doelgroepkeuze.persistence;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.gemeente.doelgroepkeuze.domain.Doelgroepkeuze;

public interface DoelgroepkeuzeRepository extends JpaRepository<DoelgroepkeuzeEntity, Long> {

    Optional<DoelgroepkeuzeEntity> findFirstByBsnAndGemeentecodeAndDatumWijzigingDoelgroepAndKeuze(String bsn,
            String gemeentecode, LocalDate datumWijzigingDoelgroep, Doelgroepkeuze keuze);
}
