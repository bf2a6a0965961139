package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the M2M response headers and the limits per client into every request under {@code /m2m/}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(M2mBegrenzingProperties.class)
class M2mWebConfiguratie implements WebMvcConfigurer {

    private final ObjectProvider<M2mBegrenzing> begrenzing;

    M2mWebConfiguratie(ObjectProvider<M2mBegrenzing> begrenzing) {
        this.begrenzing = begrenzing;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new M2mBerichtInterceptor()).addPathPatterns("/m2m/**");
        registry.addInterceptor(new M2mBegrenzingInterceptor(begrenzing.getObject())).addPathPatterns("/m2m/**");
    }
}
