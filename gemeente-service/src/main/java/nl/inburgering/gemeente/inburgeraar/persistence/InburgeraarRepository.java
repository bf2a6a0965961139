package nl.inburgering.gemeente.inburgeraar.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeraarRepository extends JpaRepository<InburgeraarEntity, String> {

    Page<InburgeraarEntity> findByGemeentecode(String gemeentecode, Pageable pageable);

    Optional<InburgeraarEntity> findByIdAndGemeentecode(UUID id, String gemeentecode);
}
