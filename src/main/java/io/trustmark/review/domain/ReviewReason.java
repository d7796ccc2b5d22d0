package io.trustmark.review.domain;

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
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the reviewers' list of reasons, in English and Thai. Decisions store the code, never the
 * text, so a member reads the reason in their own language and an edited wording applies to later mails
 * only. Entries are retired (inactive), not deleted, because old decisions still name them.
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
        this.code = Objects.requireNonNull(code);
        change(appliesTo, textEn, textTh, true, position);
    }

    public void change(ReasonUse appliesTo, String textEn, String textTh, boolean active, int position) {
        this.appliesTo = Objects.requireNonNull(appliesTo);
        this.position = position;
        this.textEn = textEn == null ? null : textEn.strip();
        this.textTh = textTh == null ? null : textTh.strip();
        this.active = active;
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
