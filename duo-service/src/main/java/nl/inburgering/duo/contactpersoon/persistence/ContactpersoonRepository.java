package nl.inburgering.duo.contactpersoon.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactpersoonRepository extends JpaRepository<ContactpersoonEntity, ContactpersoonEntity.Sleutel> {

    /** A gemeente sees only its own contactpersonen: another gemeente's id is as unknown as a free one. */
    Optional<ContactpersoonEntity> findByIdAndGemeentecode(Integer id, String gemeentecode);

    boolean existsByIdAndGemeentecode(Integer id, String gemeentecode);

    long countByGemeentecode(String gemeentecode);
}
