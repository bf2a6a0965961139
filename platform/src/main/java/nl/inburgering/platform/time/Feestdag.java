package nl.inburgering.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * De algemeen erkende feestdagen van art. 3 lid 1 Algemene termijnenwet (Atw), plus Goede Vrijdag, die
 * art. 3 lid 2 Atw daarmee gelijkstelt.
 *
 * <p>Eerste Paasdag en Eerste Pinksterdag staan er niet in: die vallen altijd op een zondag en zijn dus
 * sowieso geen werkdag. Dagen die per Koninklijk Besluit worden gelijkgesteld (art. 3 lid 3 Atw) zijn
 * configuratie en horen bij {@link WerkdagenKalender}, niet hier.
 *
 * <p>Ondersteunde jaren: {@value #EERSTE_JAAR} t/m {@value #LAATSTE_JAAR}. Koningsdag valt vanaf 2014 op
 * 27 april (26 april als 27 april een zondag is); van 1990 t/m 2013 gold Koninginnedag op 30 april
 * (29 april als 30 april een zondag was). Voor eerdere jaren is de historische regeling niet gemodelleerd,
 * dus die worden geweigerd in plaats van stilzwijgend fout berekend.
 */
public enum Feestdag {

    NIEUWJAARSDAG("Nieuwjaarsdag"),
    GOEDE_VRIJDAG("Goede Vrijdag"),
    TWEEDE_PAASDAG("Tweede Paasdag"),
    KONINGSDAG("Koningsdag"),
    BEVRIJDINGSDAG("Bevrijdingsdag (5 mei)"),
    HEMELVAARTSDAG("Hemelvaartsdag"),
    TWEEDE_PINKSTERDAG("Tweede Pinksterdag"),
    EERSTE_KERSTDAG("Eerste Kerstdag"),
    TWEEDE_KERSTDAG("Tweede Kerstdag");

    /** Eerste jaar waarvoor de feestdagen worden berekend. */
    public static final int EERSTE_JAAR = 1990;

    /** Laatste jaar waarvoor de feestdagen worden berekend. */
    public static final int LAATSTE_JAAR = 9999;

    private static final int EERSTE_JAAR_KONINGSDAG_27_APRIL = 2014;

    private final String omschrijving;

    Feestdag(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** Leesbare Nederlandse naam, bijvoorbeeld "Tweede Paasdag". */
    public String omschrijving() {
        return omschrijving;
    }

    /**
     * De datum van deze feestdag in het gegeven jaar.
     *
     * @throws IllegalArgumentException als het jaar buiten {@value #EERSTE_JAAR}..{@value #LAATSTE_JAAR} valt
     */
    public LocalDate datumIn(int jaar) {
        controleerJaar(jaar);
        return switch (this) {
            case NIEUWJAARSDAG -> LocalDate.of(jaar, Month.JANUARY, 1);
            case GOEDE_VRIJDAG -> paaszondag(jaar).minusDays(2);
            case TWEEDE_PAASDAG -> paaszondag(jaar).plusDays(1);
            case KONINGSDAG -> koningsdag(jaar);
            case BEVRIJDINGSDAG -> LocalDate.of(jaar, Month.MAY, 5);
            case HEMELVAARTSDAG -> paaszondag(jaar).plusDays(39);
            case TWEEDE_PINKSTERDAG -> paaszondag(jaar).plusDays(50);
            case EERSTE_KERSTDAG -> LocalDate.of(jaar, Month.DECEMBER, 25);
            case TWEEDE_KERSTDAG -> LocalDate.of(jaar, Month.DECEMBER, 26);
        };
    }

    /**
     * Eerste Paasdag volgens het anonieme Gregoriaanse algoritme (Meeus/Jones/Butcher). Geldig voor elk jaar
     * van de Gregoriaanse kalender; er is hier geen controle op {@link #EERSTE_JAAR}.
     *
     * @throws IllegalArgumentException voor jaren vóór 1583 (vóór de Gregoriaanse kalender)
     */
    public static LocalDate paaszondag(int jaar) {
        if (jaar < 1583) {
            throw new IllegalArgumentException(
                    "Pasen wordt alleen berekend voor Gregoriaanse jaren (vanaf 1583), niet voor " + jaar);
        }
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    private static LocalDate koningsdag(int jaar) {
        if (jaar >= EERSTE_JAAR_KONINGSDAG_27_APRIL) {
            LocalDate verjaardag = LocalDate.of(jaar, Month.APRIL, 27);
            return verjaardag.getDayOfWeek() == DayOfWeek.SUNDAY ? verjaardag.minusDays(1) : verjaardag;
        }
        LocalDate koninginnedag = LocalDate.of(jaar, Month.APRIL, 30);
        return koninginnedag.getDayOfWeek() == DayOfWeek.SUNDAY ? koninginnedag.minusDays(1) : koninginnedag;
    }

    static void controleerJaar(int jaar) {
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            throw new IllegalArgumentException("Feestdagen worden alleen berekend voor de jaren "
                    + EERSTE_JAAR + " t/m " + LAATSTE_JAAR + ", niet voor " + jaar);
        }
    }
}
