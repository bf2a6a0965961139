package nl.inburgering.duo.voldaan.domain;

import java.time.LocalDate;
import java.util.List;

/** What {@link VoldaanPolicy} decides: voldaan (with the day and the waardepapier), or not yet (with what is missing). */
public sealed interface Oordeel {

    /** @param datumVoldaan the day of the last fact that completed the leerroute */
    record Voldaan(LocalDate datumVoldaan, Leerroute leerroute, Waardepapier waardepapier) implements Oordeel {
    }

    /** @param ontbreekt every requirement not met yet, in the order of {@link Eis} */
    record NogNietVoldaan(List<Eis> ontbreekt) implements Oordeel {

        public NogNietVoldaan {
            ontbreekt = List.copyOf(ontbreekt);
        }
    }
}
