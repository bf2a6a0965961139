package nl.inburgering.duo.ontheffing.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntheffingsaanvraagRepository extends JpaRepository<OntheffingsaanvraagEntity, UUID> {

    List<OntheffingsaanvraagEntity> findByBsnOrderByIngediendOp(String bsn);

    List<OntheffingsaanvraagEntity> findByGrondAndStatusOrderByIngediendOp(
            nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond grond,
            nl.inburgering.duo.ontheffing.domain.Aanvraagstatus status);
}
