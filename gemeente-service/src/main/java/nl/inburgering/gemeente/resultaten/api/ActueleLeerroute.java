package nl.inburgering.gemeente.resultaten.api;

import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * SPI: the leerroute of the gemeente's actuele PIP of a person, the last one DUO did not reject (registered or not
 * answered yet). The PIP feature knows; it implements this as a Spring bean. Without a bean every person counts as
 * having no PIP, so no result can be recorded (fail closed).
 */
public interface ActueleLeerroute {

    /** Empty when this gemeente has no PIP of the person that DUO did not reject. */
    Optional<Leerroute> vanActuelePip(Bsn bsn, String gemeentecode);

    /** The leerroutes of Wi2021 art. 7. */
    enum Leerroute {
        B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE
    }
}
