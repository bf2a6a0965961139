package nl.inburgering.duo.termijnbewaking.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeerrouteTeLaatRepository extends JpaRepository<LeerrouteTeLaatEntity, String> {
}
