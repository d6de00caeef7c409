package dev.rapport.domain;

/** An important date with the names of the person (if any) and the account it belongs to. */
public record DatedEvent(ImportantDate date, String contactName, long accountId, String accountName) {
}
