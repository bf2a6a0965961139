package nl.inburgering.gemeente.inspanning.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface VerzuimMaatregelRepository
        extends JpaRepository<VerzuimMaatregelEntity, UUID>, RijenVoorPersonen<VerzuimMaatregelEntity> {

    /** Every measure of the person in this gemeente, oldest first. */
    List<VerzuimMaatregelEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    @Override
    @Query(nativeQuery = true,
            value = "select * from verzuim_maatregel where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<VerzuimMaatregelEntity> voorPersonen(String gemeentecode, String[] bsns);
}
