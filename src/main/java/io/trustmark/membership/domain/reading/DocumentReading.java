package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.membership.domain.ThaiBank;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What machine reading found on one uploaded document, kept beside it: offered to the member as a prefill they
 * confirm, compared by the automatic checks and shown to the reviewer as "read from the photo". A reading that
 * failed, timed out or found nothing leaves the fields empty; nothing is guessed.
 */
@Entity
@Table(name = "document_reading")
public class DocumentReading {

    /** Where a reading is. */
    public enum Status {
        /** Waiting for or on a reading worker. */
        PENDING,
        /** Read (some fields may still be empty). */
        READ,
        /** The page took longer than the timeout: nothing from it is used. */
        TIMED_OUT,
        /** The reader failed or every worker was busy: typed by hand. */
        FAILED
    }

    /** What happened to an ID card's religion field. */
    public enum Religion {
        /** Found from the read words and blanked in the stored image. */
        MASKED_WORDS,
        /** Found from the card's layout and blanked. */
        MASKED_LAYOUT,
        /** Not found: the member was asked to cover it. */
        NOT_FOUND
    }

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Integer millis;

    @Column(name = "id_number")
    private String idNumber;

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

    @Column(name = "birth_date")
    private LocalDate birth;

    @Column(name = "expiry_date")
    private LocalDate expiry;

    @Column(name = "dates_agree")
    private Boolean datesAgree;

    @Column(name = "passport_number")
    private String passportNumber;

    @Column(name = "account_name")
    private String accountName;

    @Enumerated(EnumType.STRING)
    private ThaiBank bank;

    @Enumerated(EnumType.STRING)
    private Religion religion;

    protected DocumentReading() {
        // for JPA
    }

    public DocumentReading(Long documentId, Long ownerId, DocumentKind kind, Instant now) {
        this.documentId = documentId;
        this.ownerId = ownerId;
        this.kind = kind;
        this.status = Status.PENDING;
        this.startedAt = now;
    }

    public void card(CardReading read, Religion religion, long millis) {
        this.status = Status.READ;
        this.millis = (int) millis;
        this.idNumber = read.number();
        this.thaiTitle = read.thaiTitle();
        this.thaiGiven = read.thaiGiven();
        this.thaiSurname = read.thaiSurname();
        this.englishTitle = read.englishTitle();
        this.englishGiven = read.englishGiven();
        this.englishSurname = read.englishSurname();
        this.birth = read.birth();
        this.expiry = read.expiry();
        this.datesAgree = read.birthDatesAgree() == Boolean.FALSE || read.expiryDatesAgree() == Boolean.FALSE
                ? Boolean.FALSE
                : read.birthDatesAgree() != null && read.expiryDatesAgree() != null ? Boolean.TRUE : null;
        this.religion = religion;
    }

    /** A passport's zone, only ever one whose check digits all pass. */
    public void passport(MrzTd3 zone, long millis) {
        this.status = Status.READ;
        this.millis = (int) millis;
        if (zone != null) {
            this.passportNumber = zone.documentNumber();
            this.englishGiven = zone.givenNames();
            this.englishSurname = zone.surname();
            this.birth = zone.birthDate();
            this.expiry = zone.expiryDate();
            this.idNumber = zone.thaiPersonalNumber().map(n -> n.digits()).orElse(null);
        }
    }

    public void passbook(PassbookReading read, long millis) {
        this.status = Status.READ;
        this.millis = (int) millis;
        this.accountName = read.accountName();
        this.bank = read.bank();
    }

    /** Nothing from this reading is used; an ID card's religion then counts as not found. */
    public void end(Status status, Long millis) {
        this.status = status;
        this.millis = millis == null ? null : millis.intValue();
        if (kind == DocumentKind.ID_CARD_FRONT) {
            this.religion = Religion.NOT_FOUND;
        }
    }

    /**
     * An ID card was read but not its number, or not with a check digit that holds: most often a reflection (glare)
     * or a shadow over the digits. The member is then asked to type it or to take the photo again, and is never
     * offered what was read as the number (the reviewer still sees it, as a disagreement).
     */
    public boolean cardNumberUnread() {
        return kind == DocumentKind.ID_CARD_FRONT
                && status == Status.READ
                && (idNumber == null || !NationalIdNumber.isValid(idNumber));
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Integer getMillis() {
        return millis;
    }

    public String getIdNumber() {
        return idNumber;
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

    public LocalDate getBirth() {
        return birth;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public Boolean getDatesAgree() {
        return datesAgree;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public String getAccountName() {
        return accountName;
    }

    public ThaiBank getBank() {
        return bank;
    }

    public Religion getReligion() {
        return religion;
    }
}
