package nl.inburgering.duo.plichteinde.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VertrekRepository extends JpaRepository<VertrekEntity, String> {
}
