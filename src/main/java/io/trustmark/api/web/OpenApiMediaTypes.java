package io.trustmark.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lets clients ask for the OpenAPI document as {@code application/yaml} (RFC 9512, what generators and linters
 * send). Payara's {@code /openapi} servlet, which runs inside this application, offers YAML only as
 * {@code text/plain} and answers 406 to anything else; so a request that accepts YAML (and no JSON) is handed on
 * asking for {@code text/plain}, and the answer is labelled {@code application/yaml}.
 */
@WebFilter(urlPatterns = "/openapi/*")
public class OpenApiMediaTypes extends HttpFilter {

    static final String YAML = "application/yaml";
    private static final Pattern YAML_TYPES =
            Pattern.compile("(application|text)/(x-)?yaml(?![\\w.+-])", Pattern.CASE_INSENSITIVE);
    private static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!wantsYaml(request.getHeader("Accept"))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new AcceptPlainText(request), new LabelledYaml(response));
    }

    /** YAML named in Accept, and JSON not: a client that takes both gets Payara's own choice. */
    static boolean wantsYaml(String accept) {
        return accept != null
                && YAML_TYPES.matcher(accept).find()
                && !accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private static final class AcceptPlainText extends HttpServletRequestWrapper {

        AcceptPlainText(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? PAYARA_YAML : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(PAYARA_YAML))
                    : super.getHeaders(name);
        }
    }

    private static final class LabelledYaml extends HttpServletResponseWrapper {

        LabelledYaml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(relabel(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }

        private static String relabel(String type) {
            return type != null && type.toLowerCase(Locale.ROOT).startsWith(PAYARA_YAML) ? YAML : type;
        }
    }
}
