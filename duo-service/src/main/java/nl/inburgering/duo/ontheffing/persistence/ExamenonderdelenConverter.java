package nl.inburgering.duo.ontheffing.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;

/** A set of examenonderdelen as one column: their names, comma-separated in enum order; the empty set is "". */
@Converter
class ExamenonderdelenConverter implements AttributeConverter<Set<Examenonderdeel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Examenonderdeel> onderdelen) {
        Set<Examenonderdeel> geordend = EnumSet.noneOf(Examenonderdeel.class);
        geordend.addAll(onderdelen);
        return geordend.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Examenonderdeel> convertToEntityAttribute(String kolom) {
        Set<Examenonderdeel> onderdelen = EnumSet.noneOf(Examenonderdeel.class);
        if (kolom != null && !kolom.isBlank()) {
            Arrays.stream(kolom.split(",")).map(Examenonderdeel::valueOf).forEach(onderdelen::add);
        }
        return onderdelen;
    }
}
