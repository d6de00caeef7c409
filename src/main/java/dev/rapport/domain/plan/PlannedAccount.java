package dev.rapport.domain.plan;

import dev.rapport.domain.Account;

/** An account with its plan for the year the Planner shows. */
public record PlannedAccount(Account account, Plan plan) {
}
