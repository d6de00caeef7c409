package dev.rapport.domain;

/** How the Today view groups what is coming: today, within the next seven days, later. */
public enum AgendaGroup {
    TODAY,
    THIS_WEEK,
    LATER;

    /** The group of something that is the given number of days away (0 is today). */
    public static AgendaGroup of(long daysUntil) {
        if (daysUntil < 0) {
            throw new IllegalArgumentException("in the past: " + daysUntil);
        }
        if (daysUntil == 0) {
            return TODAY;
        }
        return daysUntil < 7 ? THIS_WEEK : LATER;
    }
}
