package nl.inburgering.duo.lening.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import nl.inburgering.duo.lening.domain.Leningstatus;

public interface LeningRepository extends JpaRepository<LeningEntity, UUID> {

    List<LeningEntity> findByBsnOrderByIngediendOp(String bsn);

    List<LeningEntity> findByBsnAndStatusIn(String bsn, Collection<Leningstatus> statussen);

    /** The same for one status: Hibernate reuses the SQL of a single value, a collection it translates every time. */
    List<LeningEntity> findByBsnAndStatus(String bsn, Leningstatus status);

    List<LeningEntity> findByStatusOrderByIngediendOp(Leningstatus status, Pageable pagina);
}
