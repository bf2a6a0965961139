package nl.inburgering.duo.leerbaarheidstoets.application;

import nl.inburgering.duo.leerbaarheidstoets.domain.Score;

/** The benodigde score for B1-route haalbaar, as configured (keten.duo.leerbaarheidstoets.benodigde-score). */
public record Toetsnormering(Score benodigdeScore) {
}
