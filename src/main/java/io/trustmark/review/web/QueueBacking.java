package io.trustmark.review.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.review.application.ClaimService;
import io.trustmark.review.application.QueueRow;
import io.trustmark.review.application.QueueService;
import io.trustmark.review.domain.QueueFlag;
import io.trustmark.review.domain.QueueQuery;
import io.trustmark.review.domain.QueueSort;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /admin/: the review queue. The data table pages and sorts through a lazy model that asks the database for
 * exactly one page; the filters above it narrow the same query. "Next request" claims the oldest request
 * nobody holds and opens it.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 50;

    /** The age filter's choices, in hours; the SLA is added to them. */
    private static final List<Integer> AGES = List.of(4, 12, 48, 168);

    /** One status with its number of requests, for the counts above the queue. */
    public record StatusCount(RequestStatus status, long count) {}

    @Inject
    QueueService queue;

    @Inject
    ClaimService claims;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    private RequestStatus status = RequestStatus.SUBMITTED;
    private Tier tier;
    private Integer olderThanHours;
    private QueueFlag[] flags = new QueueFlag[0];
    private boolean mine;
    private Long adminId;

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            var query = query(null);
            // The counts above the table already hold this number; one count fewer per page.
            long count = query.onlyStatus() && query.status() != null
                    ? countsByStatus().get(query.status())
                    : queue.count(query);
            return (int) Math.min(Integer.MAX_VALUE, count);
        }

        @Override
        public List<QueueRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .orElse(null);
            return queue.page(query(sort), first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public QueueRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(row -> String.valueOf(row.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    private QueueQuery query(SortMeta sort) {
        if (mine && adminId == null) {
            adminId = member.account().orElseThrow().getId();
        }
        var by = sort == null ? QueueSort.SUBMITTED : QueueSort.ofField(sort.getField());
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        var flagged = EnumSet.noneOf(QueueFlag.class);
        if (flags != null) {
            flagged.addAll(List.of(flags));
        }
        return new QueueQuery(status, tier, olderThanHours, flagged, mine ? adminId : null, by, ascending);
    }

    /** Reads the flags from the address (one {@code flag} parameter per ticked box); unknown names are ignored. */
    public void load() {
        var values = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("flag");
        var chosen = EnumSet.noneOf(QueueFlag.class);
        if (values != null) {
            for (var value : values) {
                Arrays.stream(QueueFlag.values())
                        .filter(f -> f.name().equals(value))
                        .forEach(chosen::add);
            }
        }
        flags = chosen.toArray(QueueFlag[]::new);
    }

    public boolean flagged(QueueFlag flag) {
        return Arrays.asList(flags).contains(flag);
    }

    /** "ANY" for every status; nothing (the default) for open requests. */
    public String getStatusParam() {
        return status == null ? "ANY" : status.name();
    }

    public void setStatusParam(String value) {
        if (value == null || value.isBlank()) {
            status = RequestStatus.SUBMITTED;
        } else {
            status = Arrays.stream(RequestStatus.values())
                    .filter(s -> s.name().equals(value))
                    .findFirst()
                    .orElse(null);
        }
    }

    public LazyDataModel<QueueRow> getRows() {
        return rows;
    }

    public List<StatusCount> getCounts() {
        return countsByStatus().entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** Counted once per request (the view keeps this bean across requests, so not longer). */
    private Map<RequestStatus, Long> countsByStatus() {
        return Faces.getRequestAttribute("trustmark.queue.counts", queue::countsByStatus);
    }

    /** Opens the oldest request nobody holds, claimed for this admin. */
    public String next() {
        var next = claims.next(member.getUsername());
        if (next.isEmpty()) {
            Messages.addGlobal(Messages.createInfo("admin.queue.nothingFree"));
            return null;
        }
        return "/admin/review?faces-redirect=true&id=" + next.get();
    }

    public boolean overdue(QueueRow row) {
        return row.status().open() && queue.sla().overdue(row.submittedAt(), Instant.now(clock));
    }

    public int getSlaHours() {
        return queue.sla().hours();
    }

    public List<Integer> getAges() {
        var ages = new ArrayList<>(AGES);
        if (!ages.contains(getSlaHours())) {
            ages.add(getSlaHours());
            ages.sort(null);
        }
        return ages;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public QueueFlag[] getAllFlags() {
        return QueueFlag.values();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public Integer getOlderThanHours() {
        return olderThanHours;
    }

    public void setOlderThanHours(Integer olderThanHours) {
        this.olderThanHours = olderThanHours;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
