package nl.inburgering.duo.voldaan.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BeschikkingVoldaanRepository extends JpaRepository<BeschikkingVoldaanEntity, String> {
}
