package nl.inburgering.gemeente.inburgeraar.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface BeschikkingVoldaanRepository
        extends JpaRepository<BeschikkingVoldaanEntity, UUID>, RijenVoorPersonen<BeschikkingVoldaanEntity> {

    Optional<BeschikkingVoldaanEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    @Override
    @Query(nativeQuery = true,
            value = "select * from beschikking_voldaan where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<BeschikkingVoldaanEntity> voorPersonen(String gemeentecode, String[] bsns);
}
