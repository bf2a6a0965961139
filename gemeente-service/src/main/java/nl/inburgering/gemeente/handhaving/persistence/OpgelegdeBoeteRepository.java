package nl.inburgering.gemeente.handhaving.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface OpgelegdeBoeteRepository
        extends JpaRepository<OpgelegdeBoeteEntity, UUID>, RijenVoorPersonen<OpgelegdeBoeteEntity> {

    Optional<OpgelegdeBoeteEntity> findByBsnAndGemeentecodeAndBeschikkingskenmerk(String bsn, String gemeentecode,
            String beschikkingskenmerk);

    @Override
    @Query(nativeQuery = true,
            value = "select * from opgelegde_boete where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<OpgelegdeBoeteEntity> voorPersonen(String gemeentecode, String[] bsns);
}
