package io.trustmark.forum.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.forum.application.ForumService;
import io.trustmark.forum.application.Page;
import io.trustmark.forum.application.ThreadRow;
import io.trustmark.forum.domain.Board;
import io.trustmark.platform.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * /forum/{slug}?page=n (forwarded by {@link ForumUrlFilter} to board.xhtml?b=slug): one board's threads, most
 * recently active first. A board or page that does not exist is a 404.
 */
@Named
@RequestScoped
public class BoardBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    ForumService forum;

    @Inject
    CurrentMember member;

    private String slug;
    private int page = 1;
    private Board board;
    private Page<ThreadRow> threads;
    private String refusal;

    @Inject
    ForumUrls urls;

    public void load() {
        var found = slug == null ? Optional.<Board>empty() : forum.board(slug);
        if (found.isEmpty()) {
            NotFound.send();
            return;
        }
        board = found.get();
        threads = forum.threads(board, page, PAGE_SIZE);
        if (!threads.exists()) {
            NotFound.send();
            return;
        }
        GuestPages.keepable();
        refusal = member.isSignedIn()
                ? forum.refusalToStartThread(member.getUsername(), board).orElse(null)
                : "forum.refused.signIn";
    }

    /** Why the current member cannot start a thread here (a message key), or null when they can. */
    public String getRefusal() {
        return refusal;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Board getBoard() {
        return board;
    }

    public Page<ThreadRow> getThreads() {
        return threads;
    }

    /** This page's one URL, inside the application, for the canonical link. */
    public String getUrl() {
        return urls.page(urls.board(slug), page);
    }
}
