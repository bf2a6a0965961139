package nl.inburgering.duo.szw.persistence;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BioBeslissingRepository extends JpaRepository<BioBeslissingEntity, UUID> {
}
