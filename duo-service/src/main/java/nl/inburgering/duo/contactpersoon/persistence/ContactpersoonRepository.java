package nl.inburgering.duo.contactpersoon.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactpersoonRepository extends JpaRepository<ContactpersoonEntity, Integer> {

    /** A gemeente sees only its own contactpersonen: another gemeente's id is as unknown as a free one. */
    Optional<ContactpersoonEntity> findByIdAndGemeentecode(Integer id, String gemeentecode);

    /** The next id, 1 to 99999 as the M2M Contactpersoon API allows. */
    @Query(value = "select cast(nextval('contactpersoon_id_seq') as integer)", nativeQuery = true)
    int volgendId();
}
