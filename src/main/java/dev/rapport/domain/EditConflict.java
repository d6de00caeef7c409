package dev.rapport.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A save or delete refused because the record changed (or went away) since it was read: another
 * window, the command line or an undo wrote it first. Nothing was written; the newer data is kept.
 * Names the record and, when it still exists, when it was last changed and by whom (this window and
 * where in it, or the command line and which command), so the user knows what to reopen and why.
 */
public class EditConflict extends RuntimeException implements KnownProblem {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final long id;
    private final transient Instant changedAt;
    private final transient ChangedBy changedBy;

    /**
     * @param record what kind of record (account, contact, plan...), for the log and the message
     * @param changedAt when the stored row was last changed, or null when it is gone or unknown
     */
    public EditConflict(String record, long id, Instant changedAt) {
        this(record, id, changedAt, null);
    }

    /**
     * @param changedBy who wrote the stored row's version, or null when it is gone or not recorded
     *     (a row last written before Rapport recorded it)
     */
    public EditConflict(String record, long id, Instant changedAt, ChangedBy changedBy) {
        super(record + " " + id + " changed since it was read" + (changedAt == null ? "" : " (at " + changedAt + ")")
                + (changedBy == null ? "" : " by " + changedBy.column()));
        this.record = record;
        this.id = id;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
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

    public Optional<ChangedBy> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /**
     * One of {@code conflict.gone}, {@code conflict.changed} (when), {@code conflict.changedBy} (when and
     * who) and {@code conflict.changedWho} (who; the row keeps no time): {@link #messageArgs} fits it.
     */
    @Override
    public String messageKey() {
        return keyFor("conflict.gone", "conflict.changedWho", "conflict.changed", "conflict.changedBy");
    }

    /**
     * Of four keys for the same four cases in another wording (the editor's, the import report's),
     * the one that fits what is known: neither when nor who, who only, when only, when and who.
     */
    public String keyFor(String gone, String who, String when, String whenAndWho) {
        if (changedAt == null) {
            return changedBy == null ? gone : who;
        }
        return changedBy == null ? when : whenAndWho;
    }

    /** When, as a date, then who, as {@link Wording} for the message to put into words; each when known. */
    @Override
    public List<Object> messageArgs() {
        List<Object> args = new java.util.ArrayList<>(2);
        if (changedAt != null) {
            args.add(java.util.Date.from(changedAt));
        }
        if (changedBy != null) {
            args.add(changedBy);
        }
        return List.copyOf(args);
    }
}
