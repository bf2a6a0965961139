package nl.inburgering.duo.voldaan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The requirements a (partial) vrijstelling or ontheffing takes away (seed §8.2: "DUO beschikt ... over de gegevens
 * omtrent ontheffingen en vrijstellingen"; §10, §11). An input of {@link VoldaanPolicy} that is {@link #GEEN} until
 * the plicht loses onderdelen: then the onderdelen a partial vrijstelling or ontheffing took away fill it (the core's
 * vervallen onderdelen, issue 15), and a requirement in it counts as met.
 */
public record VrijstellingenEnOntheffingen(Set<Eis> eisen) {

    public static final VrijstellingenEnOntheffingen GEEN = new VrijstellingenEnOntheffingen(Set.of());

    public VrijstellingenEnOntheffingen {
        eisen = eisen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(eisen));
    }

    public boolean dekt(Eis eis) {
        return eisen.contains(eis);
    }
}
