package nl.inburgering.gemeente.intake.application;

import nl.inburgering.platform.bsn.Bsn;
import java.time.LocalDate;

/** Command: DUO set a leerbaarheidstoets ready or recorded its uitkomst (#6). */
public sealed interface LeerbaarheidstoetsOpnemen {

    record KlaargezetOntvangen(Bsn bsn, String gemeentecode, LocalDate datumKlaargezet, boolean herkansing,
            String examennummer) implements LeerbaarheidstoetsOpnemen {
    }

    record UitkomstOntvangen(Bsn bsn, String gemeentecode, String resultaat, String behaaldeScore,
            String benodigdeScore, LocalDate datumAfname) implements LeerbaarheidstoetsOpnemen {
    }
}
