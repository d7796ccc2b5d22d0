package io.trustmark.review.web;

import io.trustmark.document.application.DocumentAudit;
import io.trustmark.membership.application.MembershipAudit;
import io.trustmark.platform.audit.AuditSubjectType;
import io.trustmark.platform.domain.Languages;
import io.trustmark.review.application.AuditQuery;
import io.trustmark.review.application.AuditRow;
import io.trustmark.review.application.AuditTrail;
import io.trustmark.review.application.ReviewAudit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/audit: the audit trail, newest first, filtered by the GET form above it and paged in the
 * database. Read-only: the page offers nothing that changes a record.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter's subject types, in the order the page lists them. */
    private static final List<String> SUBJECT_TYPES = List.<AuditSubjectType>of(
                    MembershipAudit.Subject.REQUEST,
                    DocumentAudit.Subject.DOCUMENT,
                    ReviewAudit.Subject.ACCOUNT,
                    ReviewAudit.Subject.REASON,
                    DocumentAudit.Subject.HANDOFF)
            .stream()
            .map(AuditSubjectType::name)
            .toList();

    @Inject
    AuditTrail trail;

    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private transient List<String> actions;
    private String from;
    private String to;

    private final LazyDataModel<AuditRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(query()));
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AuditRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(row -> String.valueOf(row.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    private AuditQuery query() {
        var start = day(from);
        var end = day(to);
        return new AuditQuery(
                actor,
                action,
                subjectType,
                subjectId,
                start == null ? null : start.atStartOfDay(Languages.ZONE).toInstant(),
                end == null
                        ? null
                        : end.plusDays(1).atStartOfDay(Languages.ZONE).toInstant());
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LazyDataModel<AuditRow> getRows() {
        return rows;
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = trail.actions();
        }
        return actions;
    }

    public List<String> getSubjectTypes() {
        return SUBJECT_TYPES;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
