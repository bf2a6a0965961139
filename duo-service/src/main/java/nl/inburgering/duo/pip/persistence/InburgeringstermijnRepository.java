package nl.inburgering.duo.pip.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringstermijnRepository extends JpaRepository<InburgeringstermijnEntity, String> {
}
