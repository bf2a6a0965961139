package nl.inburgering.instelling.cursist.web;

import org.springframework.stereotype.Component;

import nl.inburgering.instelling.cursist.api.HuidigeInstelling;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;

/**
 * The instelling of the token: its {@code instellingsnummer} claim, and only one this service serves
 * ({@code keten.instellingen}), so a token of another instelling cannot store cursisten in this one's database.
 */
@Component
class TokenInstelling implements HuidigeInstelling {

    private final KetenProperties keten;

    TokenInstelling(KetenProperties keten) {
        this.keten = keten;
    }

    @Override
    public String instellingsnummer() {
        String nummer = KetenGebruiker.huidig().instellingsnummer()
                .orElseThrow(() -> new GeenToegangException("dit token hoort niet bij een instelling"));
        if (!keten.instellingen().contains(nummer)) {
            throw new GeenToegangException("deze dienst werkt niet voor de instelling van dit token");
        }
        return nummer;
    }
}
