package nl.inburgering.gemeente.pip.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringstermijnRepository extends JpaRepository<InburgeringstermijnEntity, UUID> {

    /** Every #5 for the person and gemeente in order of arrival; the last is the current termijn. */
    List<InburgeringstermijnEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    /** The rows of a page of the werkvoorraad, for the newest per person. */
    List<InburgeringstermijnEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
