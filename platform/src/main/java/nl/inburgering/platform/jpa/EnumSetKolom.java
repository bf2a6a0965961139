package nl.inburgering.platform.jpa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * A set of enum constants as one text column: their names, comma-separated in enum order; the empty set is "". For a
 * small set that is read and written whole with its row (onderdelen of a plicht or a decision), where a child table
 * would only add joins. A service declares one {@code @Converter} per enum: {@code class X extends EnumSetKolom<E>}.
 */
public abstract class EnumSetKolom<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> soort;

    protected EnumSetKolom(Class<E> soort) {
        this.soort = soort;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> waarden) {
        Set<E> geordend = EnumSet.noneOf(soort);
        geordend.addAll(waarden);
        return geordend.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String kolom) {
        Set<E> waarden = EnumSet.noneOf(soort);
        if (kolom != null && !kolom.isBlank()) {
            Arrays.stream(kolom.split(",")).map(naam -> Enum.valueOf(soort, naam)).forEach(waarden::add);
        }
        return waarden;
    }
}
