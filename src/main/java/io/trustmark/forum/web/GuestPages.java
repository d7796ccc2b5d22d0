package io.trustmark.forum.web;

import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.web.GuestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Board and thread pages as guests get them, kept rendered: a guest's page is the same for every guest of one
 * language, and rendering it through Faces costs about ten times serving a file. Kept here, in front of Faces,
 * rather than in an OmniFaces {@code <o:cache>}: that one still builds the view and runs the lifecycle on every
 * request, which is most of the cost.
 * <p>
 * A kept page is only served while its stamp still holds: the board's or thread's own change counters and the
 * marks generation, read from the database in one constant statement (see {@code ForumService#boardStamp}; on
 * PostgreSQL a node reads it again only after a change committed somewhere, {@code platform.persistence.ChangeSignals}).
 * An approval, revocation or erasure raises the generation in its own
 * transaction ({@code account.infrastructure.MarksGeneration}), so every page is rendered again on its next request,
 * on every node: no node-local flag has to be cleared. The stamp is read before the page is rendered, so a change
 * that commits in between leaves a page newer than its stamp, which the next request renders again: a kept page is
 * never older than its stamp says. The stamp is also the page's weak ETag, so a browser revalidating gets a 304.
 * <p>
 * Signed-in members (and guests with a session) never get nor leave a kept page. The page's script nonce
 * (Content-Security-Policy) is replaced with a fresh one on every answer: a nonce must never repeat.
 * <p>
 * Served again, a page costs a map look-up and the copy of its bytes: the map is concurrent (32 connections read
 * it at once; a lock around an access-ordered map made them queue), and what an answer needs besides the nonce
 * (ETag, size) is worked out once when the page is kept.
 */
@ApplicationScoped
public class GuestPages {

    /** Where the backing beans say that the page may be kept (a request attribute). */
    static final String KEEPABLE = GuestPages.class.getName() + ".keepable";

    private static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Pages rendered by another deployment are not this one's: ETags of an earlier start never match. */
    private static final String BOOT = Long.toString(System.currentTimeMillis() & 0xfffffffL, 36);

    @Inject
    @ConfigProperty(name = "trustmark.forum.guest-cache-kib", defaultValue = "16384")
    long budgetKib;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The kept pages' bytes; changed only under this object's lock, with {@link #entries}' writes. */
    private long bytes;

    /** A kept page: its stamp and ETag, its headers and its body split where the nonce stood. */
    static final class Entry {
        final List<Long> stamp;
        final String etag;
        final String contentType;
        final Map<String, String> headers;
        final String nonce;
        final List<byte[]> parts;
        final long size;
        /** When it was last served (nanoTime): the least recently served go first when the budget is spent. */
        volatile long used = System.nanoTime();

        Entry(
                String key,
                List<Long> stamp,
                String contentType,
                Map<String, String> headers,
                String nonce,
                List<byte[]> parts) {
            this.stamp = stamp;
            this.etag = "W/\"" + BOOT + "-" + Integer.toHexString(Objects.hash(key, stamp)) + "\"";
            this.contentType = contentType;
            this.headers = headers;
            this.nonce = nonce;
            this.parts = parts;
            this.size = parts.stream().mapToLong(p -> p.length).sum();
        }
    }

    /** Whether this request may get and leave a kept page: a guest's GET, cache on. */
    boolean applies(HttpServletRequest request) {
        return budgetKib > 0
                && "GET".equals(request.getMethod())
                && request.getUserPrincipal() == null
                && request.getSession(false) == null;
    }

    /** The page's key: what it is ({@code b/general/3}) and the language it is written in. */
    static String key(HttpServletRequest request, String page) {
        var language = Languages.choose(null, GuestLanguage.of(request), request.getHeader("Accept-Language"));
        return page + "/" + language.getLanguage();
    }

    Entry entry(String key) {
        return entries.get(key);
    }

    /**
     * Called by the backing beans once they found what the page shows: only such a page is kept (not a 404, nor a
     * page whose bean never ran).
     */
    static void keepable() {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(KEEPABLE, Boolean.TRUE);
    }

    /**
     * Answers with the page kept under {@code key} if {@code stamp} (read before, see {@code ForumService}) is the
     * one it was kept with; otherwise renders it through {@code render}, keeps it under {@code stamp} and answers it.
     */
    void serve(HttpServletRequest request, HttpServletResponse response, String key, List<Long> stamp, Renderer render)
            throws IOException, jakarta.servlet.ServletException {
        var entry = entry(key);
        if (entry != null && entry.stamp.equals(stamp)) {
            entry.used = System.nanoTime();
            answer(request, response, entry);
            return;
        }
        var capture = new CapturingResponse(response);
        render.render(capture);
        if (capture.passedThrough()) {
            return;
        }
        capture.finish();
        if (capture.getStatus() != HttpServletResponse.SC_OK
                || capture.setCookie()
                || request.getSession(false) != null
                || request.getAttribute(KEEPABLE) == null
                || capture.getContentType() == null
                || !capture.getContentType().startsWith("text/html")) {
            capture.writeBodyTo(response.getOutputStream());
            return;
        }
        var fresh = build(capture, key, List.copyOf(stamp));
        keep(key, fresh);
        answer(request, response, fresh);
    }

    private static Entry build(CapturingResponse capture, String key, List<Long> stamp) {
        var headers = new LinkedHashMap<>(capture.headers());
        var policy = headers.get(CSP);
        String nonce = null;
        if (policy != null) {
            var matcher = NONCE.matcher(policy);
            if (matcher.find()) {
                nonce = matcher.group(1);
            }
        }
        return new Entry(
                key,
                stamp,
                capture.getContentType(),
                headers,
                nonce,
                split(capture.body(), nonce == null ? null : nonce.getBytes(StandardCharsets.US_ASCII)));
    }

    private synchronized void keep(String key, Entry entry) {
        var old = entries.put(key, entry);
        bytes += entry.size - (old == null ? 0 : old.size);
        var budget = budgetKib * 1024;
        if (bytes <= budget) {
            return;
        }
        // Sorting every kept page happens only when a rendered page overflows the budget: rare next to the hits.
        var byUse = new ArrayList<>(entries.entrySet());
        byUse.sort(Comparator.comparingLong(e -> e.getValue().used));
        for (var eldest : byUse) {
            if (bytes <= budget) {
                break;
            }
            if (entries.remove(eldest.getKey(), eldest.getValue())) {
                bytes -= eldest.getValue().size;
            }
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Entry entry)
            throws IOException {
        var etag = entry.etag;
        response.setHeader("ETag", etag);
        // Revalidated on every use: a kept copy in a browser is fine only while the badges on it are right.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
        var asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.equals(etag) || asked.equals(etag.substring(2)))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var nonce = entry.nonce == null ? null : newNonce();
        entry.headers.forEach(
                (name, value) -> response.setHeader(name, nonce == null ? value : value.replace(entry.nonce, nonce)));
        response.setContentType(entry.contentType);
        var nonceBytes = nonce == null ? new byte[0] : nonce.getBytes(StandardCharsets.US_ASCII);
        response.setContentLengthLong(entry.size + (long) nonceBytes.length * (entry.parts.size() - 1));
        var out = response.getOutputStream();
        for (int i = 0; i < entry.parts.size(); i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(entry.parts.get(i));
        }
    }

    private static String newNonce() {
        var random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** {@code body} cut at every occurrence of {@code separator} (none: one part). */
    static List<byte[]> split(byte[] body, byte[] separator) {
        var parts = new ArrayList<byte[]>();
        int from = 0;
        if (separator != null && separator.length > 0) {
            outer:
            for (int i = 0; i <= body.length - separator.length; i++) {
                for (int j = 0; j < separator.length; j++) {
                    if (body[i + j] != separator[j]) {
                        continue outer;
                    }
                }
                parts.add(java.util.Arrays.copyOfRange(body, from, i));
                from = i + separator.length;
                i = from - 1;
            }
        }
        parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
        return parts;
    }

    /** Renders the page into the given response (a forward to its view). */
    @FunctionalInterface
    interface Renderer {
        void render(HttpServletResponse response) throws IOException, jakarta.servlet.ServletException;
    }
}
