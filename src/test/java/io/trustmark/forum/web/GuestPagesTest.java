package io.trustmark.forum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuestPagesTest {

    private static final String NONCE = "abcDEF123456";
    private static final String POLICY = "script-src 'self' 'nonce-" + NONCE + "'";

    private final GuestPages pages = pages(16384);
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void aKeptPageIsServedWithoutRenderingWhileItsStampHolds() throws Exception {
        // Threads 7, changes 3, marks generation 5.
        var first = serve(pages, "b/general/null/en", List.of(7L, 3L, 5L), Map.of());
        assertEquals(1, renders.get());
        assertEquals(200, first.status);
        assertTrue(first.body().contains("<p>General</p>"), first.body());

        var again = serve(pages, "b/general/null/en", List.of(7L, 3L, 5L), Map.of());
        assertEquals(1, renders.get(), "not rendered again");
        assertEquals(first.body().replace(nonceOf(first), "N"), again.body().replace(nonceOf(again), "N"));
        assertEquals(first.headers.get("ETag"), again.headers.get("ETag"));
        assertEquals("no-cache", again.headers.get("Cache-Control"));
    }

    @Test
    void everyAnswerHasAFreshNonceInTheBodyAndThePolicyAlike() throws Exception {
        var first = serve(pages, "k/en", List.of(1L, 0L), Map.of());
        var again = serve(pages, "k/en", List.of(1L, 0L), Map.of());
        assertEquals(1, renders.get());
        var nonce = nonceOf(again);
        assertNotEquals(nonceOf(first), nonce);
        assertFalse(again.body().contains(NONCE), again.body());
        assertEquals(2, again.body().split(Pattern.quote(nonce), -1).length - 1, "both places in the body");
        assertEquals("script-src 'self' 'nonce-" + nonce + "'", again.headers.get("Content-Security-Policy"));
    }

    @Test
    void aMovedStampRendersThePageAgain() throws Exception {
        serve(pages, "k/en", List.of(1L, 0L), Map.of());
        serve(pages, "k/en", List.of(2L, 0L), Map.of()); // a new reply
        assertEquals(2, renders.get());
        serve(pages, "k/en", List.of(2L, 1L), Map.of()); // a member approved or revoked: the generation moved
        assertEquals(3, renders.get());
        serve(pages, "k/en", List.of(2L, 1L), Map.of());
        assertEquals(3, renders.get(), "kept again after the last rendering");
    }

    @Test
    void aBrowserWithTheCurrentETagGetsA304() throws Exception {
        var first = serve(pages, "k/en", List.of(1L, 0L), Map.of());
        var etag = first.headers.get("ETag");
        assertTrue(etag.startsWith("W/\""), etag);
        var revalidated = serve(pages, "k/en", List.of(1L, 0L), Map.of("If-None-Match", etag));
        assertEquals(304, revalidated.status);
        assertEquals("", revalidated.body());
        var stale = serve(pages, "k/en", List.of(1L, 1L), Map.of("If-None-Match", etag)); // revoked
        assertEquals(200, stale.status);
        assertNotEquals(etag, stale.headers.get("ETag"));
    }

    @Test
    void aPageThatSetsACookieOrFailsIsNotKept() throws Exception {
        var cookie =
                serve(pages, "c/en", List.of(1L, 0L), Map.of(), response -> response.addCookie(new Cookie("x", "y")));
        assertTrue(cookie.body().contains("General"));
        assertNull(pages.entry("c/en"));
        serve(pages, "e/en", List.of(1L, 0L), Map.of(), response -> response.sendError(404));
        assertNull(pages.entry("e/en"));
    }

    @Test
    void membersAndOtherMethodsAreNeverServedKeptPages() {
        assertTrue(pages.applies(request(Map.of(), false, "GET")));
        assertFalse(pages.applies(request(Map.of(), true, "GET")), "a session: signed in, or a form");
        assertFalse(pages.applies(request(Map.of(), false, "POST")));
        assertFalse(pages(0).applies(request(Map.of(), false, "GET")), "off");
    }

    @Test
    void theKeyCarriesTheGuestsLanguage() {
        assertEquals(
                "b/general/2/th",
                GuestPages.key(request(Map.of("Accept-Language", "th-TH"), false, "GET"), "b/general/2"));
        assertEquals("b/general/2/en", GuestPages.key(request(Map.of(), false, "GET"), "b/general/2"));
    }

    @Test
    void theOldestPagesGoWhenTheBudgetIsSpent() throws Exception {
        var small = pages(1); // 1 KiB: one page of about 600 bytes
        serve(small, "a/en", List.of(1L, 0L), Map.of());
        serve(small, "b/en", List.of(1L, 0L), Map.of());
        assertNull(small.entry("a/en"));
        assertNotNull(small.entry("b/en"));
    }

    @Test
    void theLeastRecentlyServedPageGoesFirst() throws Exception {
        var two = pages(2); // 2 KiB: three pages of about 600 bytes
        serve(two, "a/en", List.of(1L, 0L), Map.of());
        serve(two, "b/en", List.of(1L, 0L), Map.of());
        serve(two, "c/en", List.of(1L, 0L), Map.of());
        serve(two, "a/en", List.of(1L, 0L), Map.of()); // a served again: b is now the least recently served
        assertEquals(3, renders.get());
        serve(two, "d/en", List.of(1L, 0L), Map.of());
        assertNotNull(two.entry("a/en"));
        assertNull(two.entry("b/en"));
        assertNotNull(two.entry("c/en"));
        assertNotNull(two.entry("d/en"));
    }

    @Test
    void pagesBuiltWithoutAMarkedBackingBeanAreNotKept() throws Exception {
        var answer = new Answer();
        pages.serve(request(Map.of(), false, "GET"), answer.response(), "n/en", List.of(1L), response -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html><p>Not found</p></html>");
        });
        assertTrue(answer.body().contains("Not found"), answer.body());
        assertNull(pages.entry("n/en"), "no backing bean said the page may be kept");
    }

    @Test
    void manyGuestsAtOnceGetTheKeptPageEachWithItsOwnNonce() throws Exception {
        serve(pages, "k/en", List.of(1L, 0L), Map.of());
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Answer>>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> serve(pages, "k/en", List.of(1L, 0L), Map.of())));
            }
            var nonces = new HashSet<String>();
            for (var answer : answers) {
                var got = answer.get(30, TimeUnit.SECONDS);
                assertEquals(200, got.status);
                assertTrue(got.body().contains("<p>General</p>"), got.body());
                nonces.add(nonceOf(got));
            }
            assertEquals(1, renders.get(), "rendered once, served 200 times");
            assertEquals(200, nonces.size(), "no nonce repeats");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void splitCutsAtEverySeparator() {
        var parts = GuestPages.split(
                "a-XY-b-XY-".getBytes(StandardCharsets.US_ASCII), "XY".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of("a-", "-b-", "-"), parts.stream().map(String::new).toList());
        assertEquals(
                1,
                GuestPages.split("abc".getBytes(StandardCharsets.US_ASCII), null)
                        .size());
    }

    private static GuestPages pages(long kib) {
        var pages = new GuestPages();
        pages.budgetKib = kib;
        return pages;
    }

    private static String nonceOf(Answer answer) {
        var matcher = Pattern.compile("nonce=\"([^\"]+)\"").matcher(answer.body());
        assertTrue(matcher.find(), answer.body());
        return matcher.group(1);
    }

    interface Extra {
        void apply(HttpServletResponse response) throws java.io.IOException;
    }

    private Answer serve(GuestPages pages, String key, List<Long> stamp, Map<String, String> headers) throws Exception {
        return serve(pages, key, stamp, headers, response -> {});
    }

    private Answer serve(GuestPages pages, String key, List<Long> stamp, Map<String, String> headers, Extra extra)
            throws Exception {
        var request = request(headers, false, "GET");
        var answer = new Answer();
        pages.serve(request, answer.response(), key, stamp, response -> {
            renders.incrementAndGet();
            response.setHeader("Content-Security-Policy", POLICY);
            response.setContentType("text/html;charset=UTF-8");
            extra.apply(response);
            if (answer.status >= 400) {
                return;
            }
            request.setAttribute(GuestPages.KEEPABLE, Boolean.TRUE);
            response.getWriter()
                    .write("<html><script nonce=\"" + NONCE + "\"></script><p>General</p><input value=\"" + NONCE
                            + "\"/>" + "x".repeat(500) + "</html>");
        });
        return answer;
    }

    private static HttpServletRequest request(Map<String, String> headers, boolean session, String method) {
        var attributes = new HashMap<String, Object>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                GuestPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getSession" -> session ? session() : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
    }

    private static HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(
                GuestPagesTest.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, m, args) -> null);
    }

    /** What a fake response received. */
    static final class Answer {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        String body() {
            return out.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            var stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    GuestPagesTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus", "sendError" -> status = (int) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentType" -> contentType = (String) args[0];
                            case "getContentType" -> {
                                return contentType;
                            }
                            case "getCharacterEncoding" -> {
                                return "UTF-8";
                            }
                            case "getOutputStream" -> {
                                return stream;
                            }
                            case "isCommitted" -> {
                                return false;
                            }
                            default -> {
                                return null;
                            }
                        }
                        return null;
                    });
        }
    }
}
