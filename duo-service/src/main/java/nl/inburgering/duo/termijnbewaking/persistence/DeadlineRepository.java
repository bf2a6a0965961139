package nl.inburgering.duo.termijnbewaking.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;

public interface DeadlineRepository extends JpaRepository<DeadlineEntity, UUID> {

    /** A due, unfired deadline as the job sees it before it locks the person. */
    interface Verschuldigd {
        UUID getId();

        String getBsn();

        LocalDate getVervaldag();

        int getVolgorde();
    }

    /**
     * The next page of due, unfired deadlines after (vervaldag, volgorde, id), in that order: a page left behind by a
     * deadline that failed is passed, never read again in the same run.
     */
    @Query(value = """
            select id as id, bsn as bsn, vervaldag as vervaldag, volgorde as volgorde from termijn_deadline
            where gevuurd_op is null and vervaldag <= :vandaag
              and (vervaldag, volgorde, id) > (:naDag, :naVolgorde, :naId)
            order by vervaldag, volgorde, id
            limit :aantal
            """, nativeQuery = true)
    List<Verschuldigd> verschuldigd(@Param("vandaag") LocalDate vandaag, @Param("naDag") LocalDate naDag,
            @Param("naVolgorde") int naVolgorde, @Param("naId") UUID naId, @Param("aantal") int aantal);

    /** Read again under the person's lock: still unfired and due. */
    @Query("select d from DeadlineEntity d where d.id = :id and d.gevuurdOp is null and d.vervaldag <= :vandaag")
    Optional<DeadlineEntity> nogTeVuren(@Param("id") UUID id, @Param("vandaag") LocalDate vandaag);

    /**
     * Marks it fired; 0 when a listener in the same transaction dropped it (the plicht ended, a new termijn). Never
     * clears the persistence context: the transaction is shared with the listeners of other modules, whose changed
     * but unflushed entities would be detached and their changes lost.
     */
    @Modifying(flushAutomatically = true)
    @Query("update DeadlineEntity d set d.gevuurdOp = :op where d.id = :id and d.gevuurdOp is null")
    int markeerGevuurd(@Param("id") UUID id, @Param("op") Instant op);

    /** Runs in the transaction of whoever changed the termijn: flushes first, never clears (see above). */
    @Modifying(flushAutomatically = true)
    @Query("delete from DeadlineEntity d where d.bsn = :bsn and d.gevuurdOp is null and d.soort in :soorten")
    int verwijderOngevuurd(@Param("bsn") String bsn, @Param("soorten") Collection<Deadlinesoort> soorten);

    /**
     * {@link #verwijderOngevuurd(String, Collection)} for one soort. Hibernate translates a query with a collection
     * parameter to SQL again on every execution; with single values it reuses the SQL. Flushes first, never clears.
     */
    @Modifying(flushAutomatically = true)
    @Query("delete from DeadlineEntity d where d.bsn = :bsn and d.gevuurdOp is null and d.soort = :soort")
    int verwijderOngevuurd(@Param("bsn") String bsn, @Param("soort") Deadlinesoort soort);

    /** The same for two soorten in one statement (the AOW's pair). Flushes first, never clears. */
    @Modifying(flushAutomatically = true)
    @Query("delete from DeadlineEntity d where d.bsn = :bsn and d.gevuurdOp is null and d.soort in (:een, :ander)")
    int verwijderOngevuurd(@Param("bsn") String bsn, @Param("een") Deadlinesoort een,
            @Param("ander") Deadlinesoort ander);

    /** Every unfired deadline of the person, whatever its soort (the plicht ended). Flushes first, never clears. */
    @Modifying(flushAutomatically = true)
    @Query("delete from DeadlineEntity d where d.bsn = :bsn and d.gevuurdOp is null")
    int verwijderAlleOngevuurd(@Param("bsn") String bsn);

    boolean existsByBsnAndSoort(String bsn, Deadlinesoort soort);

    List<DeadlineEntity> findByBsnOrderByVervaldagAscVolgordeAsc(String bsn);
}
