package nl.inburgering.duo.instelling.application;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The instellingen DUO recognises as senders of #18 and #20 and as recipients of #13, from configuration
 * ({@code keten.duo.instellingen}: instellingsnummer and naam). The chain writes an instellingsnummer without leading
 * zeros; DUO's M2M APIs with ten characters ({@code 0000012345}): both are the same instelling here.
 */
public final class Instellingsregister {

    private final Map<String, String> namen;

    public Instellingsregister(Map<String, String> namenPerNummer) {
        this.namen = namenPerNummer.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> zonderVoorloopnullen(e.getKey()), Map.Entry::getValue));
    }

    public boolean isBekend(String instellingsnummer) {
        return instellingsnummer != null && namen.containsKey(zonderVoorloopnullen(instellingsnummer));
    }

    public Optional<String> naam(String instellingsnummer) {
        return Optional.ofNullable(instellingsnummer).map(n -> namen.get(zonderVoorloopnullen(n)));
    }

    /** The chain's way of writing the number: without leading zeros. */
    public static String zonderVoorloopnullen(String instellingsnummer) {
        String nummer = instellingsnummer.strip().replaceFirst("^0+(?=.)", "");
        return nummer;
    }
}
