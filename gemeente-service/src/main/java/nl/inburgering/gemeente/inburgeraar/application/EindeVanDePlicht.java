package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Commands: DUO ended the plicht (#3 beëindigd) or decided it voldaan (#10), as it delivered them. */
public sealed interface EindeVanDePlicht {

    Bsn bsn();

    String gemeentecode();

    /** @param reden DUO's RedenGeenInburgeringsplicht by its name, e.g. INBURGERINGSPLICHT_VOLDAAN */
    record PlichtBeeindigd(Bsn bsn, String gemeentecode, LocalDate einddatum, String reden,
            LocalDate datumVaststelling) implements EindeVanDePlicht {
    }

    /** @param waardepapier INBURGERINGSDIPLOMA, INBURGERINGSCERTIFICAAT (Z-route: the gemeente hands it over), GEEN */
    record PlichtVoldaan(Bsn bsn, String gemeentecode, LocalDate datumBeschikking, LocalDate datumVoldaan,
            String leerroute, String waardepapier) implements EindeVanDePlicht {
    }
}
