package nl.inburgering.duo.pip.application;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.pip.api.Keurmerken;
import nl.inburgering.duo.pip.domain.ErkendeInstellingen;
import nl.inburgering.duo.pip.domain.Instellingsnummer;

/** {@link Keurmerken} from the same register that judges an inburgeringsaanbod, so the two never disagree. */
@Component
class KeurmerkenVanHetRegister implements Keurmerken {

    private final ErkendeInstellingen register;

    KeurmerkenVanHetRegister(ErkendeInstellingen register) {
        this.register = register;
    }

    @Override
    public Keurmerk van(String instellingsnummer) {
        String nummer = Instellingsnummer.normaliseer(instellingsnummer);
        return new Keurmerk(register.bowKeurmerk().contains(nummer), register.tstKeurmerk().contains(nummer));
    }
}
