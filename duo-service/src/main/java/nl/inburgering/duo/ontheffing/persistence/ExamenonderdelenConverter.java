package nl.inburgering.duo.ontheffing.persistence;

import jakarta.persistence.Converter;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.platform.jpa.EnumSetKolom;

/** A set of examenonderdelen as one column. */
@Converter
class ExamenonderdelenConverter extends EnumSetKolom<Examenonderdeel> {

    ExamenonderdelenConverter() {
        super(Examenonderdeel.class);
    }
}
