package io.trustmark.review.domain;

import io.trustmark.document.domain.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the reviewers' list of reasons, in English and Thai. Decisions store the code, never the
 * text, so a member reads the reason in their own language and an edited wording applies to later mails
 * only. Entries are retired (inactive), not deleted, because old decisions still name them. A reason about one
 * kind of document (the face photo, the passbook...) is offered only for requests that have that document;
 * one without a kind fits every request.
 */
@Entity
@Table(name = "review_reason")
public class ReviewReason {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false)
    private ReasonUse appliesTo;

    /** The document the reason speaks of, or null when it fits any request. */
    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", length = 16)
    private DocumentKind documentKind;

    @NotBlank
    @Size(max = 500)
    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @NotBlank
    @Size(max = 500)
    @Column(name = "text_th", nullable = false, length = 500)
    private String textTh;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected ReviewReason() {
        // for JPA
    }

    public ReviewReason(String code, ReasonUse appliesTo, String textEn, String textTh, int position) {
        this(code, appliesTo, null, textEn, textTh, position);
    }

    public ReviewReason(
            String code, ReasonUse appliesTo, DocumentKind documentKind, String textEn, String textTh, int position) {
        this.code = Objects.requireNonNull(code);
        change(appliesTo, documentKind, textEn, textTh, true, position);
    }

    public void change(
            ReasonUse appliesTo,
            DocumentKind documentKind,
            String textEn,
            String textTh,
            boolean active,
            int position) {
        this.appliesTo = Objects.requireNonNull(appliesTo);
        // Lowering a tier is about the member's conduct or an old decision, never about a document in a request.
        this.documentKind = appliesTo == ReasonUse.TIER ? null : documentKind;
        this.position = position;
        this.textEn = textEn == null ? null : textEn.strip();
        this.textTh = textTh == null ? null : textTh.strip();
        this.active = active;
    }

    /**
     * Whether the reason may be given for a request with these documents: a reason about the passbook fits
     * only a request with a passbook, a reason without a kind fits any.
     */
    public boolean fits(Collection<DocumentKind> sent) {
        return documentKind == null || sent.contains(documentKind);
    }

    /** The text in the reader's language: Thai for Thai readers, English for everyone else. */
    public String text(Locale locale) {
        return locale != null && "th".equals(locale.getLanguage()) ? textTh : textEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ReasonUse getAppliesTo() {
        return appliesTo;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextTh() {
        return textTh;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
