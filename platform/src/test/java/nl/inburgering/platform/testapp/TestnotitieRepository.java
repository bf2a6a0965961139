package nl.inburgering.platform.testapp;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TestnotitieRepository extends JpaRepository<Testnotitie, UUID> {
}
