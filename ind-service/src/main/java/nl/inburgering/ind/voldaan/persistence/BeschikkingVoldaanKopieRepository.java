package nl.inburgering.ind.voldaan.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BeschikkingVoldaanKopieRepository extends JpaRepository<BeschikkingVoldaanKopieEntity, String> {
}
