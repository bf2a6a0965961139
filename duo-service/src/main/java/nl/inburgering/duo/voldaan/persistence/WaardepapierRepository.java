package nl.inburgering.duo.voldaan.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WaardepapierRepository extends JpaRepository<WaardepapierEntity, UUID> {

    List<WaardepapierEntity> findByBsn(String bsn);
}
