package dev.rapport.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The yearly relationship-marketing plan of one account (年度客户关系营销计划): objectives,
 * SWOT, communication strategy, budget, the actions, and the year-end review.
 * An id of null means not saved yet. The version guards the whole plan (SWOT and
 * actions with it): a save names the version it read, so a stale copy cannot overwrite a newer one.
 */
public record Plan(
        Long id,
        long accountId,
        int year,
        PlanStatus status,
        Objectives objectives,
        Swot swot,
        String strategy,
        BigDecimal budget,
        List<PlanAction> actions,
        YearEndReview review,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Plan {
        status = status == null ? PlanStatus.DRAFT : status;
        objectives = objectives == null ? Objectives.NONE : objectives;
        swot = swot == null ? Swot.EMPTY : swot;
        strategy = strategy == null ? "" : strategy.strip();
        actions = actions == null ? List.of() : List.copyOf(actions);
        review = review == null ? YearEndReview.NONE : review;
    }

    /** An empty draft for an account and year. */
    public static Plan draft(long accountId, int year) {
        return new Plan(null, accountId, year, PlanStatus.DRAFT, Objectives.NONE, Swot.EMPTY, "", null, List.of(),
                YearEndReview.NONE, null, null, 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    public PlanReview figures() {
        return PlanReview.of(this);
    }

    public Plan withId(long newId, Instant created, Instant updated) {
        return new Plan(newId, accountId, year, status, objectives, swot, strategy, budget, actions, review, created,
                updated, version);
    }

    public Plan withActions(List<PlanAction> newActions) {
        return new Plan(id, accountId, year, status, objectives, swot, strategy, budget, newActions, review,
                createdAt, updatedAt, version);
    }

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(id, accountId, year, newStatus, objectives, swot, strategy, budget, actions, review,
                createdAt, updatedAt, version);
    }

    public Plan withBudget(BigDecimal newBudget) {
        return new Plan(id, accountId, year, status, objectives, swot, strategy, newBudget, actions, review,
                createdAt, updatedAt, version);
    }

    public Plan withReview(YearEndReview newReview) {
        return new Plan(id, accountId, year, status, objectives, swot, strategy, budget, actions, newReview,
                createdAt, updatedAt, version);
    }

    public Plan withContent(Objectives newObjectives, Swot newSwot, String newStrategy) {
        return new Plan(id, accountId, year, status, newObjectives, newSwot, newStrategy, budget, actions, review,
                createdAt, updatedAt, version);
    }

    /** The action with that id, replaced. */
    public Plan replacing(PlanAction action) {
        return withActions(actions.stream().map(a -> Objects.equals(a.id(), action.id()) ? action : a).toList());
    }

    /** The same plan as stored at another row version (what the store read or wrote last). */
    public Plan withVersion(long newVersion) {
        return new Plan(id, accountId, year, status, objectives, swot, strategy, budget, actions, review, createdAt, updatedAt, newVersion);
    }
}
