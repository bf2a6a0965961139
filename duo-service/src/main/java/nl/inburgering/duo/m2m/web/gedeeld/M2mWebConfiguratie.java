package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the M2M response headers into every request under {@code /m2m/}. */
@Configuration(proxyBeanMethods = false)
class M2mWebConfiguratie implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new M2mBerichtInterceptor()).addPathPatterns("/m2m/**");
    }
}
