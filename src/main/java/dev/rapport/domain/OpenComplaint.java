package dev.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A complaint still open or in progress, with its account. */
public record OpenComplaint(long interactionId, long accountId, String accountName, LocalDate raisedOn,
        String subject, ComplaintStatus status) {

    public long daysOpen(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(raisedOn, today));
    }
}
