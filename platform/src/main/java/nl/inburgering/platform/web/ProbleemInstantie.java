package nl.inburgering.platform.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem+json answer its own {@code instance} ({@code urn:uuid:...}) instead of the request
 * path Spring fills in: a path of DUO's M2M APIs contains a BSN, which has no place in an answer or a log.
 */
@ControllerAdvice
public class ProbleemInstantie implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getInstance() == null
                || request.getURI().getPath().equals(problem.getInstance().getPath()))) {
            problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        }
        return body;
    }
}
