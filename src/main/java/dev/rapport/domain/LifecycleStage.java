package dev.rapport.domain;

/** Where the relationship is in its life; recovery ends back in maintenance or in exited. */
public enum LifecycleStage {
    PROSPECT, INITIATION, GROWTH, MAINTENANCE, AT_RISK, RECOVERY, EXITED;

    /** Accounts in an active stage show in the day-to-day lists. */
    public boolean isActive() {
        return this != EXITED;
    }
}
