package dev.rapport.domain;

/** An account whose health score suggests moving it to the "at risk" stage. */
public record AtRiskSuggestion(long accountId, String name, LifecycleStage stage, int score) {
}
