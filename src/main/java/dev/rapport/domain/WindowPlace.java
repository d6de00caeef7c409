package dev.rapport.domain;

/**
 * Where in the window a change was made, when the window knows it: an editor of a kind of record,
 * the Planner, an undo. Stored as part of {@link ChangedBy} so a refused save can say which place
 * wrote the newer change.
 */
public enum WindowPlace {
    ACCOUNT_EDITOR,
    PERSON_EDITOR,
    LOG_ENTRY_EDITOR,
    PLAN_EDITOR,
    ACTION_EDITOR,
    EXIT_EDITOR,
    FAMILY_EDITOR,
    DATE_EDITOR,
    GIFT_EDITOR,
    MEMORY_PANE,
    PLANNER,
    /** The Today page: its follow-ups ticked done. */
    TODAY,
    /** An account's or a person's contact-log timeline: a follow-up ticked or opened again. */
    TIMELINE,
    /** Insights: accounts moved to "at risk". */
    INSIGHTS,
    /** An account's "Value and health" pane: a tier or an at-risk mark accepted, a reactivation. */
    VALUE_PANE,
    UNDO,
    REDO
}
