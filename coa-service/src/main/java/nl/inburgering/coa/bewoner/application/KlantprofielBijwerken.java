package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

import nl.inburgering.coa.bewoner.domain.Klantprofiel;

/** Command: COA records a new version of a bewoner's klantprofiel. */
public record KlantprofielBijwerken(UUID bewonerId, Klantprofiel klantprofiel) {
}
