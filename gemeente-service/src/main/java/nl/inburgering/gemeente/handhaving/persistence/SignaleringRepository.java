package nl.inburgering.gemeente.handhaving.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.jpa.RijenVoorPersonen;

public interface SignaleringRepository
        extends JpaRepository<SignaleringEntity, UUID>, RijenVoorPersonen<SignaleringEntity> {

    @Override
    @Query(nativeQuery = true,
            value = "select * from signalering where gemeentecode = :gemeentecode and bsn = any(:bsns)")
    List<SignaleringEntity> voorPersonen(String gemeentecode, String[] bsns);
}
