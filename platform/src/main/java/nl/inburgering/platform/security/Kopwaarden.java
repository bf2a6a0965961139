package nl.inburgering.platform.security;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's rule for header names and values, as Spring Security's {@link StrictHttpFirewall} has it by default
 * (every character assigned and no control character; a value may hold a tab), answered without its regular
 * expression when every character is printable ASCII, which is all of them in practice. The default tests each
 * character of each header with a {@link Pattern} every time a header is read: the bearer token (a thousand
 * characters) twice per request, 6.5 % of the chain's CPU samples in a benchmark run (issue 17). Printable ASCII
 * (0x20 to 0x7E) is assigned and holds no control character, so the short way accepts nothing the default refuses;
 * anything else still goes through the default's expression.
 */
final class Kopwaarden {

    private static final Pattern NAAM = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern WAARDE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    static final Predicate<String> NAMEN = tekst -> zichtbaarAscii(tekst) || NAAM.matcher(tekst).matches();
    static final Predicate<String> WAARDEN = tekst -> zichtbaarAscii(tekst) || WAARDE.matcher(tekst).matches();

    private Kopwaarden() {
    }

    /** Spring Security's firewall with these two rules; every other rule as its default. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMEN);
        firewall.setAllowedHeaderValues(WAARDEN);
        return firewall;
    }

    private static boolean zichtbaarAscii(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
