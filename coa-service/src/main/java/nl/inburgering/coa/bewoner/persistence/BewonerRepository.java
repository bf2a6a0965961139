package nl.inburgering.coa.bewoner.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.inburgering.platform.bsn.Bsn;

public interface BewonerRepository extends JpaRepository<BewonerEntity, UUID> {

    Optional<BewonerEntity> findByBsn(String bsn);

    boolean existsByBsn(String bsn);

    default Optional<BewonerEntity> findByBsn(Bsn bsn) {
        return findByBsn(bsn.value());
    }

    default boolean existsByBsn(Bsn bsn) {
        return existsByBsn(bsn.value());
    }

    @Query("select count(b) > 0 from BewonerEntity b where b.vNummer = :vNummer")
    boolean bestaatMetVNummer(String vNummer);

    /** Only the BSN, so the person can be locked before his data is read. */
    @Query("select b.bsn from BewonerEntity b where b.id = :id")
    Optional<String> bsnVan(UUID id);

    default Optional<Bsn> bsnVanBewoner(UUID id) {
        return bsnVan(id).map(Bsn::of);
    }

    @Query("select b from BewonerEntity b order by b.geregistreerdOp desc, b.id")
    Page<BewonerEntity> overzicht(Pageable pageable);

    /** The bewoners registered before {@code voor}, after {@code na} in id order (#22 to CBS). */
    @Query("select b from BewonerEntity b where b.geregistreerdOp < :voor and b.id > :na order by b.id")
    java.util.List<BewonerEntity> geregistreerdVoor(java.time.Instant voor, UUID na,
            org.springframework.data.domain.Limit limit);
}
