package nl.inburgering.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class KopwaardenTest {

    private final HttpFirewall standaard = new StrictHttpFirewall();
    private final HttpFirewall onze = Kopwaarden.firewall();

    @Test
    void de_firewall_weigert_en_aanvaardt_in_een_kopwaarde_precies_wat_spring_securitys_standaard_doet() {
        List<Integer> anders = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String waarde = "Bearer eyJ" + (char) c + "x";
            if (waardeAanvaard(standaard, waarde) != waardeAanvaard(onze, waarde)) {
                anders.add(c);
            }
        }
        assertThat(anders).as("characters judged otherwise than by the default").isEmpty();
        assertThat(waardeAanvaard(onze, "Bearer " + "eyJhbGciOiJSUzI1NiJ9.".repeat(50))).isTrue();
        assertThat(waardeAanvaard(onze, "a\tb")).isTrue();
        assertThat(waardeAanvaard(onze, "a\u0007b")).isFalse();
        assertThat(waardeAanvaard(onze, "a\u007Fb")).isFalse();
        assertThat(waardeAanvaard(onze, "Zoë")).isTrue();
    }

    @Test
    void de_firewall_weigert_en_aanvaardt_in_een_kopnaam_precies_wat_spring_securitys_standaard_doet() {
        List<Integer> anders = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String naam = "X-Kop" + (char) c;
            if (naamAanvaard(standaard, naam) != naamAanvaard(onze, naam)) {
                anders.add(c);
            }
        }
        assertThat(anders).as("characters judged otherwise than by the default").isEmpty();
        assertThat(naamAanvaard(onze, "Authorization")).isTrue();
        assertThat(naamAanvaard(onze, "X-Kop\tNaam")).isFalse();
    }

    private static boolean waardeAanvaard(HttpFirewall firewall, String waarde) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/api/v1/x");
        verzoek.addHeader("Authorization", waarde);
        try {
            firewall.getFirewalledRequest(verzoek).getHeader("Authorization");
            return true;
        } catch (RequestRejectedException e) {
            return false;
        }
    }

    private static boolean naamAanvaard(HttpFirewall firewall, String naam) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/api/v1/x");
        verzoek.addHeader(naam, "waarde");
        try {
            Collections.list(firewall.getFirewalledRequest(verzoek).getHeaderNames());
            return true;
        } catch (RequestRejectedException e) {
            return false;
        }
    }
}
