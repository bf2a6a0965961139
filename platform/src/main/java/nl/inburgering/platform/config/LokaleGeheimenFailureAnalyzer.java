package nl.inburgering.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import nl.inburgering.platform.config.LokaleGeheimenControle.LokaleGeheimenException;

/** "APPLICATION FAILED TO START" with one line per missing or local setting, instead of a stack trace. */
public class LokaleGeheimenFailureAnalyzer extends AbstractFailureAnalyzer<LokaleGeheimenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LokaleGeheimenException cause) {
        return new FailureAnalysis(
                "Deze dienst draait niet in het profiel '" + LokaleGeheimenControle.LOKAAL_PROFIEL
                        + "' en mist instellingen of heeft lokale waarden:\n  - " + String.join("\n  - ", cause.bezwaren()),
                "Geef deze instellingen uit de omgeving (omgevingsvariabelen, een configuratiebestand of secrets), of "
                        + "start lokaal met --spring.profiles.active=" + LokaleGeheimenControle.LOKAAL_PROFIEL
                        + " (keten-local doet dat zelf).",
                cause);
    }
}
