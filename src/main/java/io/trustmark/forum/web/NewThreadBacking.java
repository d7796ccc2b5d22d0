package io.trustmark.forum.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.forum.application.ForumService;
import io.trustmark.forum.domain.Board;
import io.trustmark.forum.domain.ForumThread;
import io.trustmark.forum.domain.Post;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.NotFound;
import io.trustmark.platform.web.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * /member/new-thread?b=slug. Members who may not start a thread here see why (and, on a sale board,
 * a link to verify their ID) instead of a form; the service enforces the same rule on submit.
 */
@Named
@ViewScoped
public class NewThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;

    @Inject
    CurrentMember member;

    @Inject
    ForumUrls urls;

    private String slug;
    private transient Board board;
    private transient Optional<String> refusal;
    private String title;
    private String body;

    public void load() {
        board = slug == null ? null : forum.board(slug).orElse(null);
        if (board == null) {
            NotFound.send();
        }
    }

    /** Asked several times per render by the view; looked up once. */
    public String getRefusal() {
        if (refusal == null) {
            refusal = forum.refusalToStartThread(member.getUsername(), getBoard());
        }
        return refusal.orElse(null);
    }

    public String start() {
        try {
            var id = forum.startThread(member.getUsername(), slug, title, body);
            urls.redirect(urls.thread(id, title.strip()));
            return null;
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            return null;
        }
    }

    public int getMaxTitle() {
        return ForumThread.MAX_TITLE;
    }

    public int getMaxBody() {
        return Post.MAX_BODY;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** Loaded again on a postback that failed validation, since the view action runs on the first GET only. */
    public Board getBoard() {
        if (board == null && slug != null) {
            board = forum.board(slug).orElse(null);
        }
        return board;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
