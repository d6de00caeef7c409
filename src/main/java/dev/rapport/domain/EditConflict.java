package dev.rapport.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A save or delete refused because the record changed (or went away) since it was read: another
 * window, the command line or an undo wrote it first. Nothing was written; the newer data is kept.
 * Names the record and, when it still exists, when it was last changed, so the user knows what to
 * reopen.
 */
public class EditConflict extends RuntimeException implements KnownProblem {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final long id;
    private final transient Instant changedAt;

    /**
     * @param record what kind of record (account, contact, plan...), for the log and the message
     * @param changedAt when the stored row was last changed, or null when it is gone or unknown
     */
    public EditConflict(String record, long id, Instant changedAt) {
        super(record + " " + id + " changed since it was read" + (changedAt == null ? "" : " (at " + changedAt + ")"));
        this.record = record;
        this.id = id;
        this.changedAt = changedAt;
    }

    public String record() {
        return record;
    }

    public long id() {
        return id;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    @Override
    public String messageKey() {
        return changedAt == null ? "conflict.gone" : "conflict.changed";
    }

    @Override
    public List<Object> messageArgs() {
        return changedAt == null ? List.of() : List.of(java.util.Date.from(changedAt));
    }
}
