package io.trustmark.document.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Account;
import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import io.trustmark.platform.web.GuestLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An upload over the container's multipart ceiling (web.xml's multipart-config) gets the intake's own "too
 * large" message in the reader's language and a 413, not a server error. The container refuses such a request
 * only when the page first asks for a parameter, deep inside Faces, as a RuntimeException ("Error in multipart
 * initialization") that ends as a 500 with a stack trace; so the parts are asked for here first, where the
 * refusal can be answered. Parsing here costs nothing extra: the container keeps the parts for the page.
 *
 * <p>Every multipart Ajax request it lets through (PrimeFaces' upload) goes on {@link WithoutClientFileNames}: the
 * file names the client chose never reach the component that would judge them.
 */
@WebFilter(servletNames = "FacesServlet", asyncSupported = true)
public class OversizedUploadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** web.xml's max-request-size for the FacesServlet (the API gives no way to read it; a test keeps them equal). */
    static final long MAX_REQUEST_BYTES = 33_554_432;

    /** Reading an unwanted body to its end lets the browser see the answer; beyond this the connection is dropped. */
    private static final long DRAIN_AT_MOST = 128L * 1024 * 1024;

    @Inject
    transient DocumentIntake intake;

    @Inject
    transient CurrentMember member;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipartPost(request)) {
            // A declared length over the ceiling is refused before the container touches the body, so that it can
            // be read to its end: a browser shown a reply while it is still sending sees a broken connection.
            if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
                drain(request);
                refuse(request, response);
                return;
            }
            // A body without a declared length: the container finds out while reading it.
            if (overCeiling(request)) {
                drain(request);
                refuse(request, response);
                return;
            }
            // Only PrimeFaces' upload (always Ajax) judges file names; the phone's plain form is left as it is.
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                chain.doFilter(new WithoutClientFileNames(request), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipartPost(HttpServletRequest request) {
        var type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** True when the container refuses the body for its size; other faults are left to the page. */
    private static boolean overCeiling(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            // The servlet API's way to say "over max-file-size or max-request-size".
            return true;
        } catch (RuntimeException | ServletException e) {
            return isSizeRefusal(e);
        }
    }

    static boolean isSizeRefusal(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException
                    || cause.getClass().getSimpleName().contains("SizeException")
                    || cause.getClass().getSimpleName().contains("SizeLimitExceeded")) {
                return true;
            }
        }
        return false;
    }

    private static void drain(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            var left = DRAIN_AT_MOST;
            var buffer = new byte[64 * 1024];
            for (int n; left > 0 && (n = in.read(buffer)) > 0; ) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // Nothing more to read or the body is gone: the answer is sent all the same.
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var refusal = new DocumentRefusedException(
                DocumentRefusedException.Reason.TOO_LARGE, "request over the multipart ceiling");
        var locale = Languages.choose(
                member.account().map(Account::getLanguage).orElse(null),
                GuestLanguage.of(request),
                request.getHeader("Accept-Language"));
        var message = Texts.text(locale, refusal.reason().messageKey(), intake.messageArgs(refusal));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setContentType("text/html");
            // Back to the page the form was on (the wizard, the phone's hand-off page): it posts to itself.
            var query = request.getQueryString();
            response.getWriter()
                    .write(page(locale, message, request.getRequestURI() + (query == null ? "" : "?" + query)));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }

    /** A small page of its own: the refusal happens before Faces, so no Facelets view can be rendered. */
    static String page(Locale locale, String message, String back) {
        var link = "<p><a href=\"" + escape(back) + "\">" + escape(Texts.text(locale, "verify.back")) + "</a></p>";
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(message) + "</title></head><body><main><p role=\"alert\">" + escape(message)
                + "</p>" + link + "</main></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
