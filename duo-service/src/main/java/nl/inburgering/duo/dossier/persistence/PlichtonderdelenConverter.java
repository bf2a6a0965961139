package nl.inburgering.duo.dossier.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;

/** A set of onderdelen as one column: their names, comma-separated in enum order; the empty set is "". */
@Converter
class PlichtonderdelenConverter implements AttributeConverter<Set<Plichtonderdeel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Plichtonderdeel> onderdelen) {
        Set<Plichtonderdeel> geordend = EnumSet.noneOf(Plichtonderdeel.class);
        geordend.addAll(onderdelen);
        return geordend.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Plichtonderdeel> convertToEntityAttribute(String kolom) {
        Set<Plichtonderdeel> onderdelen = EnumSet.noneOf(Plichtonderdeel.class);
        if (kolom != null && !kolom.isBlank()) {
            Arrays.stream(kolom.split(",")).map(Plichtonderdeel::valueOf).forEach(onderdelen::add);
        }
        return onderdelen;
    }
}
