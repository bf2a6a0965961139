package nl.inburgering.gemeente.handhaving.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface BeoordelingVerlengingRepository
        extends JpaRepository<BeoordelingVerlengingEntity, UUID>, RijenVoorPersonen<BeoordelingVerlengingEntity> {

    @Override
    @Query(nativeQuery = true,
            value = "select * from beoordeling_verlenging where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<BeoordelingVerlengingEntity> voorPersonen(String gemeentecode, String[] bsns);
}
