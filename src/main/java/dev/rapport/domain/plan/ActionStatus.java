package dev.rapport.domain.plan;

/** Where a planned action stands. Planned and postponed actions are still open. */
public enum ActionStatus {
    PLANNED, DONE, POSTPONED, CANCELLED;

    /** Still to be done: counts as overdue once its month has passed. */
    public boolean isOpen() {
        return this == PLANNED || this == POSTPONED;
    }
}
