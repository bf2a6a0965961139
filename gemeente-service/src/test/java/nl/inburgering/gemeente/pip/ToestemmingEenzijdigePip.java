package nl.inburgering.gemeente.pip;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.inburgering.gemeente.intake.api.EenzijdigePip;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The brede intake's answer for the PIP tests: the test says whose PIP may be set unilaterally. Registered as
 * {@code @Primary}, so the tests do not depend on the real brede intake, with or without it in the context.
 */
public class ToestemmingEenzijdigePip implements EenzijdigePip {

    private final Set<String> toegestaan = ConcurrentHashMap.newKeySet();

    public void staToe(String bsn, String gemeentecode) {
        toegestaan.add(bsn + "@" + gemeentecode);
    }

    @Override
    public boolean isToegestaan(Bsn bsn, String gemeentecode) {
        return toegestaan.contains(bsn.value() + "@" + gemeentecode);
    }
}
