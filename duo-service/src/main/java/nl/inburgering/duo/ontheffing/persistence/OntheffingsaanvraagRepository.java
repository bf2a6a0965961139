package nl.inburgering.duo.ontheffing.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntheffingsaanvraagRepository extends JpaRepository<OntheffingsaanvraagEntity, UUID> {

    List<OntheffingsaanvraagEntity> findByBsnOrderByIngediendOp(String bsn);
}
