package io.trustmark.membership.domain;

import io.trustmark.document.domain.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the member typed from their ID card or passport, exactly as printed. Kept with the request after
 * the images are erased, because a later Citizen &rarr; Trusted request compares the passbook with these
 * names instead of asking for the card again.
 */
@Embeddable
public class PrintedIdentity {

    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_kind")
    private DocumentKind documentKind;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "name_th_title")
    private String thaiTitle;

    @Column(name = "name_th_given")
    private String thaiGiven;

    @Column(name = "name_th_surname")
    private String thaiSurname;

    @Column(name = "name_en_title")
    private String englishTitle;

    @Column(name = "name_en_given")
    private String englishGiven;

    @Column(name = "name_en_surname")
    private String englishSurname;

    @Column(name = "document_expiry")
    private LocalDate expiry;

    protected PrintedIdentity() {
        // for JPA
    }

    /**
     * @param documentNumber the card's number, or the passport's own number (folded to canonical form)
     */
    public PrintedIdentity(
            DocumentKind documentKind,
            String documentNumber,
            String thaiTitle,
            String thaiGiven,
            String thaiSurname,
            String englishTitle,
            String englishGiven,
            String englishSurname,
            LocalDate expiry) {
        if (!Objects.requireNonNull(documentKind).identityDocument()) {
            throw new IllegalArgumentException("Not an identity document: " + documentKind);
        }
        this.documentKind = documentKind;
        this.documentNumber = Objects.requireNonNull(documentNumber);
        this.thaiTitle = clean(thaiTitle);
        this.thaiGiven = clean(thaiGiven);
        this.thaiSurname = clean(thaiSurname);
        this.englishTitle = clean(englishTitle);
        this.englishGiven = clean(englishGiven);
        this.englishSurname = clean(englishSurname);
        this.expiry = expiry;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean present() {
        return documentKind != null;
    }

    public boolean hasThaiName() {
        return thaiGiven != null || thaiSurname != null;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getThaiTitle() {
        return thaiTitle;
    }

    public String getThaiGiven() {
        return thaiGiven;
    }

    public String getThaiSurname() {
        return thaiSurname;
    }

    public String getEnglishTitle() {
        return englishTitle;
    }

    public String getEnglishGiven() {
        return englishGiven;
    }

    public String getEnglishSurname() {
        return englishSurname;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    /** The Thai name as one line, as a reviewer reads it. */
    public String thaiName() {
        return join(thaiTitle, thaiGiven, thaiSurname);
    }

    public String englishName() {
        return join(englishTitle, englishGiven, englishSurname);
    }

    private static String join(String... parts) {
        var out = new StringBuilder();
        for (var part : parts) {
            if (part != null) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
