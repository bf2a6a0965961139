package nl.inburgering.duo.dossier.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaatschappelijkeBegeleidingRepository extends JpaRepository<MaatschappelijkeBegeleidingEntity, String> {
}
