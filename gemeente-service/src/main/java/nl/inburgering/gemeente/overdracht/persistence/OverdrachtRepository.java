package nl.inburgering.gemeente.overdracht.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface OverdrachtRepository
        extends JpaRepository<OverdrachtEntity, UUID>, RijenVoorPersonen<OverdrachtEntity> {

    Optional<OverdrachtEntity> findByBsnAndGemeentecodeAndDatumVerhuizing(String bsn, String gemeentecode,
            LocalDate datumVerhuizing);

    @Override
    @Query(nativeQuery = true,
            value = "select * from overdracht_inburgeraar where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<OverdrachtEntity> voorPersonen(String gemeentecode, String[] bsns);
}
