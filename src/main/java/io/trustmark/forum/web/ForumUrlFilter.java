package io.trustmark.forum.web;

import io.trustmark.forum.application.ForumService;
import io.trustmark.forum.application.ThreadView;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forum's readable URLs (written by {@link ForumUrls}): forwards {@code /forum/}, {@code /forum/{board}}
 * and {@code /forum/t/{id}/{slug}} to the Facelets views, and answers the old addresses
 * ({@code /forum/board.xhtml?b=general}, {@code /forum/thread?id=482}, {@code /forum/index.xhtml}) and a
 * thread URL whose words are not the title's (it was edited, or mistyped) with a permanent redirect to the
 * one URL of that page, so bookmarks and search engines end up at one address. An id that is not a
 * number, or names no thread, is a 404. Postbacks to the views themselves pass untouched: a form posted
 * to an old address is not a link to move.
 */
@WebFilter(urlPatterns = "/forum/*", dispatcherTypes = DispatcherType.REQUEST)
public class ForumUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String INDEX_VIEW = "/forum/index.xhtml";
    static final String BOARD_VIEW = "/forum/board.xhtml";
    static final String THREAD_VIEW = "/forum/thread.xhtml";

    /** What a board's slug may be (see the board table); anything else under /forum/ is no board. */
    private static final Pattern BOARD_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** At most 18 digits, so that parsing never overflows a long. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    @Inject
    ForumService forum;

    @Inject
    ForumUrls urls;

    @Inject
    GuestPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The raw request URI, not the servlet path: the container maps /forum/ to the welcome file
        // before filters run, which would make /forum/ look like /forum/index.xhtml.
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        switch (path) {
            case "/forum" -> permanentRedirect(request, response, urls.home());
            case ForumUrls.HOME -> forward(request, response, INDEX_VIEW);
            case "/forum/index", INDEX_VIEW -> {
                if (reading) {
                    permanentRedirect(request, response, urls.home());
                } else {
                    chain.doFilter(request, response);
                }
            }
            case "/forum/board", BOARD_VIEW -> {
                if (reading) {
                    oldBoardLink(request, response);
                } else {
                    chain.doFilter(request, response);
                }
            }
            case "/forum/thread", THREAD_VIEW -> {
                if (reading) {
                    oldThreadLink(request, response);
                } else {
                    chain.doFilter(request, response);
                }
            }
            default -> readable(request, response, path.substring(ForumUrls.HOME.length()), reading);
        }
    }

    /** {@code general} or {@code t/482/selling-my-camera} (or {@code t/482}). */
    private void readable(HttpServletRequest request, HttpServletResponse response, String rest, boolean reading)
            throws IOException, ServletException {
        var segments = rest.split("/", -1);
        if (segments.length == 1 && BOARD_SLUG.matcher(rest).matches()) {
            board(request, response, rest);
        } else if (segments[0].equals(ForumUrls.THREADS) && (segments.length == 2 || segments.length == 3)) {
            var id = segments[1];
            if (!ID.matcher(id).matches()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            var kept = pages.applies(request);
            var thread = forum.threadStamp(Long.valueOf(id));
            if (thread.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            var asked = segments.length == 3 ? decoded(segments[2]) : "";
            var view = THREAD_VIEW + "?id=" + thread.get().id();
            if (reading && !asked.equals(Slugs.of(thread.get().title()))) {
                permanentRedirect(
                        request,
                        response,
                        urls.thread(thread.get().id(), thread.get().title()));
            } else if (kept) {
                var key = GuestPages.key(request, "t/" + id + "/" + request.getParameter("page"));
                pages.serve(request, response, key, thread.get().stamp(), r -> forward(request, r, view));
            } else {
                forward(request, response, view);
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A board's page; an unknown board is the board page's 404, where the board is looked up anyway. */
    private void board(HttpServletRequest request, HttpServletResponse response, String slug)
            throws IOException, ServletException {
        var view = BOARD_VIEW + "?b=" + slug;
        if (!pages.applies(request)) {
            forward(request, response, view);
            return;
        }
        var key = GuestPages.key(request, "b/" + slug + "/" + request.getParameter("page"));
        var stamp = forum.boardStamp(slug);
        if (stamp.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.serve(request, response, key, stamp.get(), r -> forward(request, r, view));
    }

    private void oldBoardLink(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var slug = request.getParameter("b");
        if (slug == null || !BOARD_SLUG.matcher(slug).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        permanentRedirect(request, response, urls.board(slug));
    }

    private void oldThreadLink(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var thread = thread(request.getParameter("id"));
        if (thread.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        permanentRedirect(
                request, response, urls.thread(thread.get().id(), thread.get().title()));
    }

    private Optional<ThreadView> thread(String id) {
        return id == null || !ID.matcher(id).matches() ? Optional.empty() : forum.thread(Long.valueOf(id));
    }

    /** To {@code path}, keeping the page asked for: the only parameter the forum's lists take. */
    private static void permanentRedirect(HttpServletRequest request, HttpServletResponse response, String path) {
        var page = request.getParameter("page");
        var query = page == null ? "" : "?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + query);
    }

    private static void forward(HttpServletRequest request, ServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** A path segment as typed; one that is not valid percent-encoding matches no slug. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
