package nl.inburgering.gemeente.inburgeraar.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeraarRepository extends JpaRepository<InburgeraarEntity, String> {

    Page<InburgeraarEntity> findByGemeentecode(String gemeentecode, Pageable pageable);

    Optional<InburgeraarEntity> findByIdAndGemeentecode(UUID id, String gemeentecode);

    Optional<InburgeraarEntity> findByBsnAndGemeentecode(String bsn, String gemeentecode);

    List<InburgeraarEntity> findByGemeentecodeAndBsnIn(String gemeentecode, Collection<String> bsns);
}
