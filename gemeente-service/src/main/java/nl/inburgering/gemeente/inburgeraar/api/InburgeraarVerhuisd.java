package nl.inburgering.gemeente.inburgeraar.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Application event (in the publisher's transaction): DUO's #3 gewijzigd GEMEENTE_GEWIJZIGD told the gemeenten that
 * the person moved from {@code gemeentecodeOud} to {@code gemeentecodeNieuw} on {@code datumVerhuizing} (seed §13.2,
 * §14.2.1). One event for both gemeenten: the multi-tenant service processes DUO's fact once (decision 0018). The
 * {@code doelgroep} is DUO's Doelgroepindeling by name. The overdracht feature records the departure for the old gemeente and asks it for the dossier (#19) for the new one.
 */
public record InburgeraarVerhuisd(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, String doelgroep) {
}
