package io.trustmark.membership.web;

import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.application.IdentityDetails;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the member types into the verification wizard, kept by {@link VerifyBacking} for the life of the
 * view, so going back keeps it. Only the typed values: small, and serializable with the view.
 */
public class VerifyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean consent;
    private Tier tier;
    private DocumentKind document;
    private String number;
    private String passportNumber;
    private String thaiTitle;
    private String thaiGiven;
    private String thaiSurname;
    private String englishTitle;
    private String englishGiven;
    private String englishSurname;
    private LocalDate expiry;
    private String passbookName;
    private String passbookBank;

    /** The identity document as typed, as the service takes it. */
    IdentityDetails identityDetails() {
        return new IdentityDetails(
                document,
                number,
                passportNumber,
                thaiTitle,
                thaiGiven,
                thaiSurname,
                englishTitle,
                englishGiven,
                englishSurname,
                expiry);
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public DocumentKind getDocument() {
        return document;
    }

    public void setDocument(DocumentKind document) {
        this.document = document;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public String getThaiTitle() {
        return thaiTitle;
    }

    public void setThaiTitle(String thaiTitle) {
        this.thaiTitle = thaiTitle;
    }

    public String getThaiGiven() {
        return thaiGiven;
    }

    public void setThaiGiven(String thaiGiven) {
        this.thaiGiven = thaiGiven;
    }

    public String getThaiSurname() {
        return thaiSurname;
    }

    public void setThaiSurname(String thaiSurname) {
        this.thaiSurname = thaiSurname;
    }

    public String getEnglishTitle() {
        return englishTitle;
    }

    public void setEnglishTitle(String englishTitle) {
        this.englishTitle = englishTitle;
    }

    public String getEnglishGiven() {
        return englishGiven;
    }

    public void setEnglishGiven(String englishGiven) {
        this.englishGiven = englishGiven;
    }

    public String getEnglishSurname() {
        return englishSurname;
    }

    public void setEnglishSurname(String englishSurname) {
        this.englishSurname = englishSurname;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public String getPassbookName() {
        return passbookName;
    }

    public void setPassbookName(String passbookName) {
        this.passbookName = passbookName;
    }

    public String getPassbookBank() {
        return passbookBank;
    }

    public void setPassbookBank(String passbookBank) {
        this.passbookBank = passbookBank;
    }
}
