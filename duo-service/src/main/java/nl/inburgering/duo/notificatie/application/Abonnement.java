package nl.inburgering.duo.notificatie.application;

import java.net.URI;

/**
 * A gemeente's registration for DUO's notifications: its OIN (the {@code doel} header), its gemeentecode (the
 * recipient of the stelseldiensten), its endpoint and the scope of the token DUO presents there.
 */
public record Abonnement(String oin, String gemeentecode, URI url, String scope) {
}
