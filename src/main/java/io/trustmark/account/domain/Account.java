package io.trustmark.account.domain;

import io.trustmark.platform.domain.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's account: how they sign in, the identity number they registered with, and the tier
 * they have reached. The identity number is the anchor every later document is checked against,
 * so it cannot be changed here.
 */
@Entity
@SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
public class Account {

    /** ISO 3166 alpha-3 code of Thailand; Thai members register with their national ID number. */
    public static final String THAI = "THA";

    /**
     * An erased account's username starts with this: sign-up cannot produce it (a username starts with a letter or
     * digit), and pages show "deleted member" for it.
     */
    public static final String ERASED_PREFIX = "~";

    /** What an erased account's password hash is: no hash, so no password matches it. */
    static final String NO_PASSWORD = "!erased";

    private static final SecureRandom GENERATIONS = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(nullable = false, length = 30)
    private String username;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 3)
    private String nationality;

    /** Sealed in the column (META-INF/orm.xml maps it): the entity holds the plain number, the database never. */
    @Column(name = "id_number_sealed", nullable = false, length = 200)
    private String idNumber;

    /**
     * The keyed fingerprint of the number (a blind index): unique with the nationality, and what look-ups by
     * number compare, as the sealed column cannot be compared. Set by the service that creates the account.
     */
    @Column(name = "id_number_index", nullable = false, length = 64)
    private String idNumberIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tier tier;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When an admin verified this member's ID document: the green C. Separate from the tier, see {@link #isIdVerified()}. */
    @Column(name = "id_verified_at")
    private Instant idVerifiedAt;

    @Column(name = "id_verified_request_id")
    private Long idVerifiedRequestId;

    /**
     * Raised with every new password. A signed-in session remembers the value it began with and ends when the
     * two differ, so a reset ends every session of the account on every node.
     */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    /** "th" or "en"; null until the member signs up on a page or switches language. */
    @Column(length = 8)
    private String language;

    /** When the member erased the account; the row is then a tombstone that ids elsewhere still point to. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    /**
     * Whether what the forum shows of this member (their marks, or their name: erasure) changed since it was last
     * written. Not stored: {@code account.infrastructure.MarksGeneration} takes it when the account is written and
     * raises the marks generation in the same transaction, which every guest's kept forum page is checked against.
     */
    @Transient
    private transient boolean marksChanged;

    protected Account() {
        // for JPA
    }

    public Account(
            String username,
            String email,
            String passwordHash,
            String nationality,
            String idNumber,
            Role role,
            Instant createdAt) {
        this.username = normalizeUsername(username);
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.nationality = Objects.requireNonNull(nationality);
        this.idNumber = Objects.requireNonNull(idNumber);
        this.role = Objects.requireNonNull(role);
        this.tier = Tier.REGISTERED;
        this.createdAt = Objects.requireNonNull(createdAt);
        // Not 0: a session left open by an erased account whose username someone takes later carries the old
        // account's generation, and must not match the new account's.
        this.sessionGeneration = GENERATIONS.nextLong() & Long.MAX_VALUE;
    }

    /**
     * Erasure (PDPA s.33): the row becomes a tombstone. Username and address are replaced by ones naming only the
     * id, the password and the sealed number go, every session ends; the number's keyed fingerprint stays only
     * when {@code keepIdFingerprint} (fraud prevention, for a configured time). Tier, dates and the verification
     * mark stay: they are the decision outcomes the forum keeps, and say nothing readable about the person.
     */
    public void erase(Instant when, boolean keepIdFingerprint) {
        if (erasedAt != null) {
            return;
        }
        username = ERASED_PREFIX + id;
        email = ERASED_PREFIX + id + "@erased.invalid";
        passwordHash = NO_PASSWORD;
        idNumber = null;
        if (!keepIdFingerprint) {
            idNumberIndex = null;
        }
        language = null;
        sessionGeneration++;
        erasedAt = Objects.requireNonNull(when);
        marksChanged = true;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Whether {@code username} is an erased account's (pages show "deleted member"). */
    public static boolean isErasedName(String username) {
        return username != null && username.startsWith(ERASED_PREFIX);
    }

    /** Usernames are compared without case, so they are stored in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** E-mail addresses are unique without regard to case. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void confirmEmail(Instant when) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = when;
        }
    }

    /** A new password (already hashed): every session signed in with the old one ends. */
    public void changePassword(String newPasswordHash) {
        passwordHash = Objects.requireNonNull(newPasswordHash);
        sessionGeneration++;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public void changeTier(Tier newTier) {
        marksChanged |= newTier != tier;
        this.tier = Objects.requireNonNull(newTier);
    }

    /**
     * Records that an admin verified the member's ID document in request {@code requestId}. A Citizen
     * approval does this, and so does a Trusted approval that included the ID document; a later
     * Citizen &rarr; Trusted request links back to {@code requestId} instead of asking for the card again.
     */
    public void markIdVerified(Long requestId, Instant when) {
        marksChanged |= idVerifiedAt == null;
        idVerifiedRequestId = requestId;
        idVerifiedAt = Objects.requireNonNull(when);
    }

    /** Takes the Citizen mark away (an admin lowered the member to Registered). */
    public void clearIdVerification() {
        marksChanged |= idVerifiedAt != null;
        idVerifiedRequestId = null;
        idVerifiedAt = null;
    }

    /**
     * Whether the marks or the shown name changed since the last call: true once per change, so that the
     * generation is raised once per write of it.
     */
    public boolean takeMarksChange() {
        var changed = marksChanged;
        marksChanged = false;
        return changed;
    }

    /**
     * Whether an admin verified this member's ID: shows the green C and may start sale threads. Kept apart
     * from the tier because the forum's rules make it a fact of its own: a Trusted member is a Citizen
     * only when an ID copy was verified.
     */
    public boolean isIdVerified() {
        return idVerifiedAt != null;
    }

    public Instant getIdVerifiedAt() {
        return idVerifiedAt;
    }

    /** The marks shown before this member's name. */
    public Marks marks() {
        return Marks.of(idVerifiedAt, tier);
    }

    public Long getIdVerifiedRequestId() {
        return idVerifiedRequestId;
    }

    /** Remembers the language the member reads pages and mails in. */
    public void chooseLanguage(Locale locale) {
        this.language = Languages.orFallback(locale.toLanguageTag()).getLanguage();
    }

    /** The language mails to this member are written in. */
    public Locale locale() {
        return Languages.orFallback(language);
    }

    public boolean isThai() {
        return THAI.equals(nationality);
    }

    /** A member may post once their e-mail address is confirmed. */
    public boolean mayPost() {
        return emailConfirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getNationality() {
        return nationality;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** Stores the keyed fingerprint of the number (see {@code IdNumberProtection}). */
    public void fingerprintIdNumber(String fingerprint) {
        this.idNumberIndex = Objects.requireNonNull(fingerprint);
    }

    public String getIdNumberIndex() {
        return idNumberIndex;
    }

    public Role getRole() {
        return role;
    }

    public Tier getTier() {
        return tier;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }
}
