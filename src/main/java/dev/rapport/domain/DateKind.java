package dev.rapport.domain;

/** What an important date marks. */
public enum DateKind {
    WORK_ANNIVERSARY,
    PARTNERSHIP_ANNIVERSARY,
    CUSTOM
}
