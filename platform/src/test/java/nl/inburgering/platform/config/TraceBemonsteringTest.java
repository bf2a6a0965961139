package nl.inburgering.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/** Issue 17 (decision 0045): every trace is sampled in development, a tenth of them outside it. */
class TraceBemonsteringTest {

    private static final String KANS = "management.tracing.sampling.probability";

    private static double kans(String... bestanden) {
        MutablePropertySources bronnen = new MutablePropertySources();
        for (String bestand : bestanden) { // the first one wins, as PlatformDefaults orders them
            YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
            yaml.setResources(new ClassPathResource(bestand));
            Properties waarden = yaml.getObject();
            bronnen.addLast(new PropertiesPropertySource(bestand, waarden));
        }
        return new PropertySourcesPropertyResolver(bronnen).getRequiredProperty(KANS, Double.class);
    }

    @Test
    void lokaal_wordt_elke_trace_bemonsterd() {
        assertThat(kans("platform-defaults-local.yml", "platform-defaults.yml")).isEqualTo(1.0);
    }

    @Test
    void buiten_de_ontwikkelomgeving_wordt_een_tiende_van_de_traces_bemonsterd() {
        assertThat(kans("platform-defaults-productie.yml", "platform-defaults.yml")).isEqualTo(0.1);
    }
}
