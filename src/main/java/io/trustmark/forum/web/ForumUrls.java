package io.trustmark.forum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that writes the forum's public URLs, as paths inside the application (pages put
 * {@code request.contextPath} before them, the canonical link the base URL): {@code /forum/},
 * {@code /forum/general}, {@code /forum/t/482/selling-my-camera}, and page n of a list with
 * {@code ?page=n}. {@link ForumUrlFilter} reads them back; pages reach this as {@code #{forumUrls}}.
 */
@Named
@ApplicationScoped
public class ForumUrls {

    static final String HOME = "/forum/";
    static final String THREADS = "t";

    public String home() {
        return HOME;
    }

    public String board(String slug) {
        return HOME + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    public String thread(long id, String title) {
        var slug = Slugs.of(title);
        return HOME + THREADS + "/" + id
                + (slug.isEmpty() ? "" : "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    /** Page {@code number} of the list at {@code url}; the first page is the list's own URL, never {@code ?page=1}. */
    public String page(String url, int number) {
        return number > 1 ? url + "?page=" + number : url;
    }

    /**
     * After a form: see-other to {@code path} of this application. Not OmniFaces' {@code Faces.redirect},
     * which formats the URL as a pattern and would trip over the percent signs of a Thai slug.
     */
    public void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
