package nl.inburgering.coa.bewoner.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InburgeringsplichtRepository extends JpaRepository<InburgeringsplichtEntity, String> {
}
