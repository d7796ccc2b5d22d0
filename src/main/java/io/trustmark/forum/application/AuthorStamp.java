package io.trustmark.forum.application;

import java.util.Collection;

/**
 * An author shown on a page, and their account's version when the page read their marks: a cached page is
 * still right while the versions of all its authors are unchanged (see {@link ForumService#boardStamp}).
 */
public record AuthorStamp(long id, long version) {

    public static long sum(Collection<AuthorStamp> authors) {
        return authors.stream().mapToLong(AuthorStamp::version).sum();
    }
}
