package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One logged touch point with an account: when (the rep's own wall-clock date and time, so a
 * call logged late in the evening never moves to another day when the machine's time zone
 * changes), who was there, how, what was said and what came of it. A complaint also carries
 * its status until resolved. An id of null means not saved yet.
 */
public record Interaction(
        Long id,
        LocalDateTime at,
        long accountId,
        List<Long> contactIds,
        InteractionChannel channel,
        String subject,
        String notes,
        String outcome,
        Sentiment sentiment,
        BigDecimal cost,
        LocalDate followUpOn,
        String followUpWhat,
        boolean followUpDone,
        ComplaintStatus complaintStatus,
        String resolution,
        LocalDate resolvedOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Interaction {
        contactIds = contactIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(contactIds));
        subject = Text.trimToEmpty(subject);
        notes = notes == null ? "" : notes.strip();
        outcome = Text.trimToEmpty(outcome);
        sentiment = sentiment == null ? Sentiment.NEUTRAL : sentiment;
        followUpWhat = Text.trimToEmpty(followUpWhat);
        resolution = resolution == null ? "" : resolution.strip();
        if (channel == InteractionChannel.COMPLAINT && complaintStatus == null) {
            complaintStatus = ComplaintStatus.OPEN;
        }
        if (at != null) {
            at = at.truncatedTo(ChronoUnit.MINUTES);
        }
    }

    /** A new interaction with only the essentials; the rest empty. */
    public static Interaction of(long accountId, LocalDateTime at, InteractionChannel channel, String subject) {
        return new Interaction(null, at, accountId, List.of(), channel, subject, "", "", Sentiment.NEUTRAL, null,
                null, "", false, null, "", null, null, null, 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The day it happened, as the rep saw it. */
    public LocalDate date() {
        return at.toLocalDate();
    }

    public boolean isComplaint() {
        return channel == InteractionChannel.COMPLAINT;
    }

    /** A complaint not yet resolved. */
    public boolean isOpenComplaint() {
        return isComplaint() && complaintStatus != null && complaintStatus.isOpen();
    }

    public boolean hasFollowUp() {
        return followUpOn != null;
    }

    /** Days from the complaint to its resolution; null while it is not resolved. */
    public Long daysToResolve() {
        if (complaintStatus != ComplaintStatus.RESOLVED || resolvedOn == null || at == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(date(), resolvedOn);
    }

    /** Days a complaint has been open by {@code today}. */
    public long daysOpen(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(date(), today));
    }

    public Interaction withId(long newId, Instant created, Instant updated) {
        return new Interaction(newId, at, accountId, contactIds, channel, subject, notes, outcome, sentiment, cost,
                followUpOn, followUpWhat, followUpDone, complaintStatus, resolution, resolvedOn, created, updated, version);
    }

    public Interaction withContacts(List<Long> ids) {
        return new Interaction(id, at, accountId, new ArrayList<>(ids), channel, subject, notes, outcome, sentiment,
                cost, followUpOn, followUpWhat, followUpDone, complaintStatus, resolution, resolvedOn, createdAt,
                updatedAt, version);
    }

    public Interaction withFollowUp(LocalDate on, String what) {
        return new Interaction(id, at, accountId, contactIds, channel, subject, notes, outcome, sentiment, cost, on,
                what, false, complaintStatus, resolution, resolvedOn, createdAt, updatedAt, version);
    }

    public Interaction withFollowUpDone(boolean done) {
        return new Interaction(id, at, accountId, contactIds, channel, subject, notes, outcome, sentiment, cost,
                followUpOn, followUpWhat, done, complaintStatus, resolution, resolvedOn, createdAt, updatedAt, version);
    }

    public Interaction withComplaint(ComplaintStatus status, String resolutionNotes, LocalDate resolved) {
        return new Interaction(id, at, accountId, contactIds, channel, subject, notes, outcome, sentiment, cost,
                followUpOn, followUpWhat, followUpDone, status, resolutionNotes, resolved, createdAt, updatedAt, version);
    }

    public Interaction withDetails(String newNotes, String newOutcome, Sentiment newSentiment, BigDecimal newCost) {
        return new Interaction(id, at, accountId, contactIds, channel, subject, newNotes, newOutcome, newSentiment,
                newCost, followUpOn, followUpWhat, followUpDone, complaintStatus, resolution, resolvedOn, createdAt,
                updatedAt, version);
    }

    /** The text searched in a timeline: subject, notes, outcome, follow-up and resolution. */
    public String searchText() {
        return Text.fold(String.join("\n", subject, notes, outcome, followUpWhat, resolution));
    }

    /** The same entry as stored at another row version (0 when not saved): an update or delete names it. */
    public Interaction withVersion(long newVersion) {
        return new Interaction(id, at, accountId, contactIds, channel, subject, notes, outcome, sentiment, cost, followUpOn, followUpWhat, followUpDone, complaintStatus, resolution, resolvedOn, createdAt, updatedAt, newVersion);
    }
}
