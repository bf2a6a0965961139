package nl.inburgering.duo;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class DuoServiceApplication {

    /** The name of this service's configuration file and of its database. */
    public static final String NAAM = "duo-service";

    public static SpringApplicationBuilder builder() {
        // A service-specific config name lets all five services run side by side in one JVM (keten-local).
        return new SpringApplicationBuilder(DuoServiceApplication.class)
                .properties("spring.config.name=" + NAAM);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
