package io.trustmark.document.domain;

/**
 * Who may see an image: the one place it is decided, asked by the vault on every open (web.xml keeps the
 * URL spaces closed as well, but the vault does not count on it). There are three ways to look at an image:
 * <ul>
 *   <li>{@link #review}: an admin reviewing requests may open a document of a sent request that still has
 *       its image (the admin's copy carries the purpose stamp); a draft is the member's until they send it,
 *       so it is "not found" for admins as well;</li>
 *   <li>{@link #preview}: a member sees their own draft, as it will be sent; nobody sees another member's
 *       draft or a document already handed to the reviewers this way, admins included;</li>
 *   <li>{@link #own}: a member's archive ("My data") holds stamped copies of their own images that still
 *       exist.</li>
 * </ul>
 * A refusal on the preview is "not found", so that a member learns nothing about other members' images.
 */
public final class DocumentAccess {

    /** The vault's answer to "show me this image". */
    public enum Answer {
        OPEN,
        NOT_FOUND,
        FORBIDDEN
    }

    private DocumentAccess() {}

    /** A reviewer's view; {@code document} is null when there is none with the asked id. */
    public static Answer review(boolean viewerIsAdmin, StoredDocument document) {
        if (!viewerIsAdmin) {
            return Answer.FORBIDDEN;
        }
        // A draft may still be deleted or replaced by its owner and was never handed to anyone: the
        // member has not agreed to show it, so for a reviewer it does not exist yet.
        return document == null || document.erased() || document.isDraft() ? Answer.NOT_FOUND : Answer.OPEN;
    }

    /**
     * A member's own image for their archive (PDPA s.30, "My data"): any of their own that still exists, sent
     * or draft, and nothing else; {@code document} is null when there is none.
     */
    public static Answer own(Long viewerId, StoredDocument document) {
        if (document == null || document.erased() || !document.getOwnerId().equals(viewerId)) {
            return Answer.NOT_FOUND;
        }
        return Answer.OPEN;
    }

    /** A member's preview in the wizard; {@code document} is null when there is none with the asked id. */
    public static Answer preview(Long viewerId, StoredDocument document) {
        if (document == null
                || document.erased()
                || !document.isDraft()
                || !document.getOwnerId().equals(viewerId)) {
            return Answer.NOT_FOUND;
        }
        return Answer.OPEN;
    }
}
