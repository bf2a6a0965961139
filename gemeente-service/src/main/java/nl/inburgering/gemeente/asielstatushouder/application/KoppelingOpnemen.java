package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;
import java.util.Optional;
import nl.inburgering.platform.bsn.Bsn;

public record KoppelingOpnemen(Bsn bsn, String vNummer, String gemeentecode,
        Optional<String> vorigeGemeentecode, LocalDate datumKoppeling, String azcLocatie,
        LocalDate verwachteDatumUitstroom) {
}
