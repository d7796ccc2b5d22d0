package io.trustmark.forum.web;

import io.trustmark.forum.application.ForumService;
import io.trustmark.forum.domain.Board;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /forum/: the boards. */
@Named
@RequestScoped
public class BoardsBacking {

    @Inject
    ForumService forum;

    private List<Board> boards;

    public List<Board> getBoards() {
        if (boards == null) {
            boards = forum.boards();
        }
        return boards;
    }
}
