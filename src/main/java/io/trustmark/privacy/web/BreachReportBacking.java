package io.trustmark.privacy.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.privacy.application.BreachReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/breach: every document one admin opened in a period and the members affected, on screen or as CSV. */
@Named
@RequestScoped
public class BreachReportBacking {

    @Inject
    BreachReport report;

    @Inject
    CurrentMember member;

    private String admin;
    private String from;
    private String to;
    private BreachReport.Result result;

    public String show() {
        result = run();
        return null;
    }

    public void download() throws IOException {
        var csv = run();
        if (csv == null) {
            return;
        }
        Faces.sendFile(
                csv.csv().getBytes(StandardCharsets.UTF_8),
                "document-views-" + csv.admin() + "-" + csv.from() + "-" + csv.to() + ".csv",
                true);
    }

    private BreachReport.Result run() {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
            end = LocalDate.parse(to == null ? "" : to.strip());
        } catch (DateTimeParseException e) {
            Messages.addGlobal(Messages.createError("breach.period.invalid"));
            return null;
        }
        if (end.isBefore(start)) {
            Messages.addGlobal(Messages.createError("breach.period.invalid"));
            return null;
        }
        var found = report.run(member.account().orElseThrow().getId(), admin == null ? "" : admin, start, end);
        if (found.isEmpty()) {
            Messages.addGlobal(Messages.createError("breach.admin.unknown"));
            return null;
        }
        return found.get();
    }

    public BreachReport.Result getResult() {
        return result;
    }

    public String getAdmin() {
        return admin;
    }

    public void setAdmin(String admin) {
        this.admin = admin;
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
