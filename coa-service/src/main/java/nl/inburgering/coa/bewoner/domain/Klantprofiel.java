package nl.inburgering.coa.bewoner.domain;

import java.util.List;
import java.util.Objects;

/**
 * What COA knows of an asielstatushouder that helps the gemeente with the brede intake (stelseldienst #15). No
 * medical data (dataminimalisatie); bijzonderheden only with the bewoner's consent.
 */
public record Klantprofiel(String geboorteland, List<String> talen, String hoogstGenotenOpleiding,
        String werkervaring, Alfabetiseringsbehoefte alfabetiseringsbehoefte, boolean voorinburgeringGevolgd,
        Integer urenVoorinburgering, String bijzonderheden) {

    /** The profile of a bewoner of whom COA recorded nothing yet. */
    public static final Klantprofiel LEEG = new Klantprofiel(null, List.of(), null, null,
            Alfabetiseringsbehoefte.ONBEKEND, false, null, null);

    public Klantprofiel {
        talen = List.copyOf(Objects.requireNonNullElse(talen, List.of()));
        alfabetiseringsbehoefte = Objects.requireNonNullElse(alfabetiseringsbehoefte,
                Alfabetiseringsbehoefte.ONBEKEND);
    }
}
