package nl.inburgering.keten.local;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;

import nl.inburgering.coa.CoaServiceApplication;
import nl.inburgering.duo.DuoServiceApplication;
import nl.inburgering.gemeente.GemeenteServiceApplication;
import nl.inburgering.ind.IndServiceApplication;
import nl.inburgering.instelling.InstellingServiceApplication;

/**
 * The services keten-local runs, with their fixed local port and their database. (The local token issuer on 9000
 * is no service of the chain: see {@code tokens.LocalTokenIssuer}.)
 */
public enum KetenService {

    IND(IndServiceApplication.NAAM, 8081, "ind", IndServiceApplication.class, IndServiceApplication::builder),
    DUO(DuoServiceApplication.NAAM, 8082, "duo", DuoServiceApplication.class, DuoServiceApplication::builder),
    COA(CoaServiceApplication.NAAM, 8083, "coa", CoaServiceApplication.class, CoaServiceApplication::builder),
    GEMEENTE(GemeenteServiceApplication.NAAM, 8084, "gemeente", GemeenteServiceApplication.class, GemeenteServiceApplication::builder),
    INSTELLING(InstellingServiceApplication.NAAM, 8085, "instelling", InstellingServiceApplication.class, InstellingServiceApplication::builder);

    private final String naam;
    private final int defaultPort;
    private final String database;
    private final Class<?> mainClass;
    private final Supplier<SpringApplicationBuilder> builder;

    KetenService(String naam, int defaultPort, String database, Class<?> mainClass,
            Supplier<SpringApplicationBuilder> builder) {
        this.naam = naam;
        this.defaultPort = defaultPort;
        this.database = database;
        this.mainClass = mainClass;
        this.builder = builder;
    }

    /** e.g. {@code "gemeente-service"}: the service's {@code NAAM}, config name and application name. */
    public String naam() {
        return naam;
    }

    /** The port of the local run (architecture §8). */
    public int defaultPort() {
        return defaultPort;
    }

    /** The PostgreSQL database of this service, or null for a service without one. */
    public String database() {
        return database;
    }

    /** A fresh builder of the service's Spring application (sets {@code spring.config.name}). */
    public SpringApplicationBuilder builder() {
        return builder.get();
    }

    /** The service's {@code @SpringBootApplication} class. */
    public Class<?> mainClass() {
        return mainClass;
    }

    /** The service with this {@link #naam()} ({@code "gemeente-service"}) or enum name ({@code "GEMEENTE"}). */
    public static KetenService of(String naamOfNaam) {
        return Arrays.stream(values())
                .filter(s -> s.naam.equals(naamOfNaam) || s.name().equalsIgnoreCase(naamOfNaam))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service: " + naamOfNaam
                        + " (known: " + Arrays.stream(values()).map(KetenService::naam).toList() + ")"));
    }
}
