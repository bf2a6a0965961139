package nl.inburgering.duo.inspanning.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspanningRepository extends JpaRepository<InspanningEntity, InspanningEntity.Sleutel> {
}
