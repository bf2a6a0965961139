package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The ports the chain chooses for itself before it binds them. */
class VrijePoortTest {

    @Test
    void a_chosen_port_lies_below_the_range_that_outgoing_connections_take_their_ports_from() {
        int ephemeral = VrijePoort.begintEphemeral();
        for (int i = 0; i < 50; i++) {
            assertThat(VrijePoort.kies()).isBetween(20_000, ephemeral - 1);
        }
    }

    @Test
    void a_port_is_handed_out_once_even_before_anyone_binds_it() {
        Set<Integer> gekozen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(gekozen.add(VrijePoort.kies())).isTrue();
        }
    }

    @Test
    void a_chosen_port_can_be_bound() throws IOException {
        int poort = VrijePoort.kies();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", poort));
            assertThat(socket.getLocalPort()).isEqualTo(poort);
        }
    }
}
