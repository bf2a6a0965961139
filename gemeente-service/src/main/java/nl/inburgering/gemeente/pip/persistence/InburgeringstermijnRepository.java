package nl.inburgering.gemeente.pip.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface InburgeringstermijnRepository
        extends JpaRepository<InburgeringstermijnEntity, UUID>, RijenVoorPersonen<InburgeringstermijnEntity> {

    /** Every #5 for the person and gemeente in order of arrival; the last is the current termijn. */
    List<InburgeringstermijnEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    @Override
    @Query(nativeQuery = true,
            value = "select * from inburgeringstermijn where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<InburgeringstermijnEntity> voorPersonen(String gemeentecode, String[] bsns);
}
