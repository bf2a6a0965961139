package nl.inburgering.duo.inburgeringsplicht.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaatschappelijkeBegeleidingRepository extends JpaRepository<MaatschappelijkeBegeleidingEntity, String> {
}
