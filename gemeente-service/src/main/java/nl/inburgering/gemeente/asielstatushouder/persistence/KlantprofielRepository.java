package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KlantprofielRepository extends JpaRepository<KlantprofielEntity, Long> {

    /** The history of the person's klantprofiel as shared with this gemeente, oldest first. */
    List<KlantprofielEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /** The current klantprofiel of each of these persons as shared with this gemeente. */
    @Query("""
            select k from KlantprofielEntity k
            where k.gemeentecode = :gemeentecode and k.bsn in :bsns
              and k.volgnummer = (select max(l.volgnummer) from KlantprofielEntity l
                                  where l.bsn = k.bsn and l.gemeentecode = k.gemeentecode)
            """)
    List<KlantprofielEntity> actueel(@Param("gemeentecode") String gemeentecode, @Param("bsns") Collection<String> bsns);
}
