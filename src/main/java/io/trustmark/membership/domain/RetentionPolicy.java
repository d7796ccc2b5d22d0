package io.trustmark.membership.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When each image (and each phone link) goes, in one place (PDPA s.37(3): kept no longer than its purpose
 * needs). Kept in membership because the purposes are a request's: a draft is kept for a submission, a sent
 * image for the decision. The document store carries the removals out when told which; it decides none.
 *
 * <p>Two words, one meaning each, in method names, log lines and the README:
 * <ul>
 *   <li><b>delete</b>: the row is gone and nothing of it stays (drafts, phone links);</li>
 *   <li><b>erase</b>: the sealed bytes are blanked and the row stays with its kind, size and hashes, so the
 *       outcome is still on record and a reused picture is still recognised (images of sent requests).</li>
 * </ul>
 *
 * <table>
 *   <caption>What goes when</caption>
 *   <tr><th>What</th><th>When</th><th>How</th></tr>
 *   <tr><td>A draft (uploaded, not sent)</td><td>{@code draftMinutes} after upload, or at once when the member
 *       leaves or restarts the wizard or withdraws</td><td>delete</td></tr>
 *   <tr><td>A sent image whose request was decided</td><td>{@code retentionDays} after the decision</td>
 *       <td>erase</td></tr>
 *   <tr><td>A sent image whose request was withdrawn</td><td>at once</td><td>erase</td></tr>
 *   <tr><td>A phone link</td><td>{@code retentionDays} after it ended (the audit trail keeps what happened
 *       with it)</td><td>delete</td></tr>
 * </table>
 *
 * @param draftMinutes  {@code trustmark.document.draft-minutes}
 * @param retentionDays {@code trustmark.document.retention-days}
 */
public record RetentionPolicy(long draftMinutes, int retentionDays) {

    /** Until when a draft uploaded at {@code uploadedAt} counts; after that it is neither listed, sent nor kept. */
    public Instant draftExpiresAt(Instant uploadedAt) {
        return uploadedAt.plus(Duration.ofMinutes(draftMinutes));
    }

    /** The images of requests decided before this instant are erased. */
    public Instant eraseImagesDecidedBefore(Instant now) {
        return now.minus(Duration.ofDays(retentionDays));
    }

    /** The phone links that ended before this instant are deleted. */
    public Instant deleteLinksEndedBefore(Instant now) {
        return now.minus(Duration.ofDays(retentionDays));
    }

    /** Why a decided request's image was erased, as the audit trail records it. */
    public String decidedImageErasureNote() {
        return retentionDays + " days after the decision";
    }
}
