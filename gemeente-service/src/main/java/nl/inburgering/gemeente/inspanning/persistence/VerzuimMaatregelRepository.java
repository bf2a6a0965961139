package nl.inburgering.gemeente.inspanning.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerzuimMaatregelRepository extends JpaRepository<VerzuimMaatregelEntity, UUID> {

    /** Every measure of the person in this gemeente, oldest first. */
    List<VerzuimMaatregelEntity> findByBsnAndGemeentecodeOrderByVolgnummerAsc(String bsn, String gemeentecode);

    List<VerzuimMaatregelEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
