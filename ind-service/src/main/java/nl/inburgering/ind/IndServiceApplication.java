package nl.inburgering.ind;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class IndServiceApplication {

    /** The name of this service's configuration file and of its database. */
    public static final String NAAM = "ind-service";

    public static SpringApplicationBuilder builder() {
        // A service-specific config name lets all five services run side by side in one JVM (keten-local).
        return new SpringApplicationBuilder(IndServiceApplication.class)
                .properties("spring.config.name=" + NAAM);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
