package dev.rapport.domain;

/** What a line of the Today agenda's dates is: someone's birthday or an important date. */
public enum UpcomingKind {
    BIRTHDAY,
    IMPORTANT_DATE
}
