package nl.inburgering.coa.bewoner.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.bsn.Bsn;

public interface KoppelingRepository extends JpaRepository<KoppelingEntity, UUID> {

    Optional<KoppelingEntity> findByBewonerIdAndActueelTrue(UUID bewonerId);

    List<KoppelingEntity> findByBewonerIdOrderByGekoppeldOp(UUID bewonerId);

    /** Only the BSN of the koppeling's bewoner, so the person can be locked before his data is read. */
    @Query("select b.bsn from KoppelingEntity k, BewonerEntity b where k.id = :id and b.id = k.bewonerId")
    Optional<String> bsnVan(UUID id);

    /** The BSN of the koppeling's bewoner. */
    default Optional<Bsn> bsnVanKoppeling(UUID id) {
        return bsnVan(id).map(Bsn::of);
    }

    /** Actuele koppelingen without a variant whose afspraaktermijn ended before {@code vandaag}. */
    @Query("""
            select k.id from KoppelingEntity k
            where k.actueel = true and k.afgesprokenVariant is null and k.afspraakUiterlijk < :vandaag
            order by k.afspraakUiterlijk
            """)
    List<UUID> zonderAfspraakNaTermijn(LocalDate vandaag, Limit limit);
}
