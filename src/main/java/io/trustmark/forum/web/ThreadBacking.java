package io.trustmark.forum.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.forum.application.ForumService;
import io.trustmark.forum.application.Page;
import io.trustmark.forum.application.PostRow;
import io.trustmark.forum.application.ThreadView;
import io.trustmark.forum.domain.Post;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.NotFound;
import io.trustmark.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * /forum/t/{id}/{slug}?page=n (forwarded by {@link ForumUrlFilter} to thread.xhtml?id=n): a thread's posts,
 * oldest first, and the reply form. A thread or page that does not exist is a 404.
 * <p>
 * Request-scoped, not view-scoped: a view-scoped bean is kept in the session, and guests reading a thread
 * must not start one. A reply posts to the thread's own URL, so its id and page come back as view
 * parameters.
 */
@Named
@RequestScoped
public class ThreadBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    ForumService forum;

    @Inject
    CurrentMember member;

    @Inject
    ForumUrls urls;

    private Long id;
    private int page = 1;
    private ThreadView thread;
    private Page<PostRow> posts;
    private String reply;

    /**
     * On a reply's postback the page is rebuilt and asks for the thread while decoding, before the view parameters
     * are applied; the thread's id and page come from the same request parameters they read (anything else is left to
     * them: a 404).
     */
    @PostConstruct
    void idFromRequest() {
        var parameter = Faces.getRequestParameter("id");
        if (parameter != null && parameter.matches("\\d{1,18}")) {
            id = Long.valueOf(parameter);
        }
        var pageParameter = Faces.getRequestParameter("page");
        if (pageParameter != null && pageParameter.matches("\\d{1,9}")) {
            page = Integer.parseInt(pageParameter);
        }
    }

    public void load() {
        var found = id == null ? null : forum.thread(id).orElse(null);
        if (found == null) {
            NotFound.send();
            return;
        }
        thread = found;
        posts = forum.posts(id, found.posts(), page, PAGE_SIZE);
        if (!posts.exists()) {
            NotFound.send();
            return;
        }
        GuestPages.keepable();
    }

    public String reply() {
        try {
            forum.reply(member.getUsername(), id, reply);
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            return null;
        }
        var last = Page.pages(forum.postCount(id), PAGE_SIZE);
        urls.redirect(urls.page(urls.thread(id, getThread().title()), last));
        return null;
    }

    /** This page's one URL, inside the application, for the canonical link and the pager. */
    public String getUrl() {
        return getThread() == null ? null : urls.thread(id, getThread().title());
    }

    public String getCanonicalUrl() {
        return getUrl() == null ? null : urls.page(getUrl(), page);
    }

    public int getMaxBody() {
        return Post.MAX_BODY;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Loaded again when a reply fails validation, since the view action runs on the first GET only. */
    public ThreadView getThread() {
        if (thread == null && id != null) {
            thread = forum.thread(id).orElse(null);
        }
        return thread;
    }

    public Page<PostRow> getPosts() {
        if (posts == null && getThread() != null) {
            posts = forum.posts(id, getThread().posts(), page, PAGE_SIZE);
        }
        return posts;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
