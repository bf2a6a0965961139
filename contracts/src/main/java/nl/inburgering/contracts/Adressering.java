package nl.inburgering.contracts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificRecord;

/**
 * How one consumer of a stelseldienst that is split per recipient (decision 0018) is found in a contract event: a
 * partner of which there is one gets every record ({@link #allen}) or those with a field value
 * ({@link #alleenAls}); a gemeente or instelling gets the records whose named field(s) carry its code
 * ({@link #perGemeente}, {@link #perInstelling}; a field may be a list, and a field an event type does not have, or
 * that is null, names nobody). Declared once per topic in the {@link TopicCatalogue}; the outbox stores a record
 * once per recipient topic.
 *
 * @param partner    the consumer
 * @param velden     for a gemeente or instelling: the fields that carry its code
 * @param alleenAls  field = value: only records whose field has this value (an event type without the field: none)
 * @param behalveAls field = value: not the records whose field has this value (an event type without it: all)
 */
public record Adressering(Ketenpartner partner, List<String> velden, Map<String, String> alleenAls,
        Map<String, String> behalveAls) {

    public Adressering {
        Objects.requireNonNull(partner, "partner");
        velden = List.copyOf(velden);
        alleenAls = Map.copyOf(alleenAls);
        behalveAls = Map.copyOf(behalveAls);
        if (partner.veelvoudig() == velden.isEmpty()) {
            throw new IllegalArgumentException(partner.veelvoudig()
                    ? "een adressering aan " + partner + " noemt het veld met de code van de afnemer"
                    : partner + " is één organisatie: zijn adressering noemt geen codeveld");
        }
    }

    /** Every record goes to this partner's own topic ({@code <stelseldienst>.<partner>}). */
    public static Adressering allen(Ketenpartner partner) {
        return new Adressering(partner, List.of(), Map.of(), Map.of());
    }

    /** Each record goes to the topic of every gemeente whose gemeentecode is in one of these fields. */
    public static Adressering perGemeente(String... velden) {
        return new Adressering(Ketenpartner.GEMEENTE, List.of(velden), Map.of(), Map.of());
    }

    /** Each record goes to the topic of every instelling whose instellingsnummer is in one of these fields. */
    public static Adressering perInstelling(String... velden) {
        return new Adressering(Ketenpartner.INSTELLING, List.of(velden), Map.of(), Map.of());
    }

    /** Only the records whose {@code veld} has the value {@code waarde} (an enum by its symbol). */
    public Adressering alleenAls(String veld, String waarde) {
        return new Adressering(partner, velden, plus(alleenAls, veld, waarde), behalveAls);
    }

    /** Not the records whose {@code veld} has the value {@code waarde}. */
    public Adressering behalveAls(String veld, String waarde) {
        return new Adressering(partner, velden, alleenAls, plus(behalveAls, veld, waarde));
    }

    /** Every field this adressering reads. */
    public Set<String> gelezenVelden() {
        Set<String> alle = new LinkedHashSet<>(velden);
        alle.addAll(alleenAls.keySet());
        alle.addAll(behalveAls.keySet());
        return alle;
    }

    /** The recipients of this partner that {@code event} is meant for (none, one or, for a list field, several). */
    public Set<Afnemer> afnemers(SpecificRecord event) {
        for (var voorwaarde : alleenAls.entrySet()) {
            if (!voorwaarde.getValue().equals(waarde(event, voorwaarde.getKey()))) {
                return Set.of();
            }
        }
        for (var uitzondering : behalveAls.entrySet()) {
            if (uitzondering.getValue().equals(waarde(event, uitzondering.getKey()))) {
                return Set.of();
            }
        }
        if (velden.isEmpty()) {
            return Set.of(Afnemer.van(partner));
        }
        Set<Afnemer> afnemers = new LinkedHashSet<>();
        for (String veld : velden) {
            Object waarde = ruweWaarde(event, veld);
            if (waarde instanceof Collection<?> lijst) {
                lijst.stream().filter(Objects::nonNull).forEach(code -> afnemers.add(new Afnemer(partner, code.toString())));
            } else if (waarde != null) {
                afnemers.add(new Afnemer(partner, waarde.toString()));
            }
        }
        return afnemers;
    }

    /** Whether the schema has the field. */
    static boolean heeftVeld(Schema schema, String veld) {
        return schema.getField(veld) != null;
    }

    private static String waarde(SpecificRecord event, String veld) {
        Object waarde = ruweWaarde(event, veld);
        if (waarde instanceof Enum<?> e) {
            return e.name();
        }
        if (waarde instanceof GenericEnumSymbol<?> s) {
            return s.toString();
        }
        return waarde == null ? null : waarde.toString();
    }

    private static Object ruweWaarde(SpecificRecord event, String veld) {
        Schema.Field field = event.getSchema().getField(veld);
        return field == null ? null : event.get(field.pos());
    }

    private static Map<String, String> plus(Map<String, String> map, String veld, String waarde) {
        var nieuw = new java.util.LinkedHashMap<>(map);
        nieuw.put(veld, waarde);
        return nieuw;
    }
}
