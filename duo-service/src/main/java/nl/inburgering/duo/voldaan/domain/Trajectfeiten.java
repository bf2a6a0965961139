package nl.inburgering.duo.voldaan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What DUO knows of a person's traject when it judges whether the plicht is voldaan (seed §8.2): the leerroute and
 * niveau of the actuele PIP, whether he is an asielstatushouder (the Z-route's participatie), his exams, the days the
 * other requirements were afgerond (PVT, MAP, participatie and eindgesprek Z-route from #17; the taalschakeltraject
 * from #18), and his vrijstellingen and ontheffingen.
 *
 * @param niveau   the PIP's taalniveau; null when the PIP names none (B1 is then required in the B1-route and the
 *                 onderwijsroute)
 * @param afgerond per requirement that is not an exam: the day it was afgerond (absent: not afgerond)
 */
public record Trajectfeiten(Leerroute leerroute, Taalniveau niveau, boolean asielstatushouder,
        List<Examenresultaat> examens, Map<Eis, LocalDate> afgerond, VrijstellingenEnOntheffingen vrijgesteld) {

    public Trajectfeiten {
        Objects.requireNonNull(leerroute, "leerroute");
        examens = List.copyOf(examens);
        afgerond = Map.copyOf(afgerond);
        Objects.requireNonNull(vrijgesteld, "vrijgesteld");
    }

    /**
     * A definitive exam result.
     *
     * @param onderdeel one of the exam requirements ({@link Eis#isExamen()})
     * @param niveau    null for KNM
     * @param datum     the day the exam was taken
     */
    public record Examenresultaat(Eis onderdeel, Taalniveau niveau, boolean geslaagd, LocalDate datum) {

        public Examenresultaat {
            if (!onderdeel.isExamen()) {
                throw new IllegalArgumentException("geen examenonderdeel: " + onderdeel);
            }
        }
    }
}
