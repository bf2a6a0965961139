package nl.inburgering.gemeente.inburgeraar.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * SPI (issue 16, decision 0038): whether the gemeente a person moved away from may still deliver his results (#17)
 * and inspanning (#18), seed §14.2.1. The overdracht feature knows (until it delivered the overdracht and the 10
 * werkdagen after the verhuizing passed); while no bean exists, the old gemeente no longer finds him.
 */
public interface Vertrekvenster {

    boolean magNogActualiseren(Bsn bsn, String gemeentecodeOud);
}
