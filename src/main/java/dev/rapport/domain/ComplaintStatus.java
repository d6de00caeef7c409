package dev.rapport.domain;

/** Where a complaint stands: a complaint is a chance to turn the relationship around. */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    /** Open and in-progress complaints still need the rep. */
    public boolean isOpen() {
        return this != RESOLVED;
    }
}
