package dev.rapport.domain.plan;

/** A plan is drafted, then worked on through the year, then closed with its review. */
public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
