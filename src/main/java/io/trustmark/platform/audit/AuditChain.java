package io.trustmark.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash that chains audit rows: SHA-256 over the previous row's hash and every field of the row, each field
 * prefixed with its length so that no two different rows give the same input. Changing, removing or reordering
 * a row changes every later hash, so the chain shows it. A person able to rewrite the whole table could also
 * recompute the chain: the admin page shows the newest hash so that it can be noted outside the database.
 */
public final class AuditChain {

    /** The "previous hash" of the first chained row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(
            String previousHash,
            long position,
            Long id,
            Instant occurredAt,
            Long actorId,
            String action,
            String subjectType,
            Long subjectId,
            String detail) {
        var text = new StringBuilder();
        for (var field :
                new Object[] {previousHash, position, id, occurredAt, actorId, action, subjectType, subjectId, detail
                }) {
            var value = Objects.toString(field, "\u0000null");
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    static String hash(AuditEvent e, String previousHash, long position) {
        return hash(
                previousHash,
                position,
                e.getId(),
                e.getOccurredAt(),
                e.getActorId(),
                e.getAction(),
                e.getSubjectType(),
                e.getSubjectId(),
                e.getDetail());
    }
}
