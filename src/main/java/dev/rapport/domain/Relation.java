package dev.rapport.domain;

/** How a family member is related to the contact. */
public enum Relation {
    SPOUSE,
    CHILD,
    PARENT,
    OTHER
}
