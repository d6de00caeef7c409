package dev.rapport.domain;

/** ABC tier (80/20): sets the expected contact cadence. */
public enum Tier {
    A(30), B(60), C(90);

    private final int defaultCadenceDays;

    Tier(int defaultCadenceDays) {
        this.defaultCadenceDays = defaultCadenceDays;
    }

    /** Days between contacts a rep should not exceed, unless the user changed it. */
    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }
}
