package nl.inburgering.duo.contactpersoon.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactpersoonKoppelingRepository
        extends JpaRepository<ContactpersoonKoppelingEntity, ContactpersoonKoppelingEntity.Sleutel> {

    List<ContactpersoonKoppelingEntity> findByGemeentecodeAndContactpersoonId(String gemeentecode,
            Integer contactpersoonId);
}
