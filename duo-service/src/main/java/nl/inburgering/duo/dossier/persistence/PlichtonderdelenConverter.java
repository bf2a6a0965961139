package nl.inburgering.duo.dossier.persistence;

import jakarta.persistence.Converter;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.platform.jpa.EnumSetKolom;

/** A set of onderdelen of the plicht as one column. */
@Converter
class PlichtonderdelenConverter extends EnumSetKolom<Plichtonderdeel> {

    PlichtonderdelenConverter() {
        super(Plichtonderdeel.class);
    }
}
