package dev.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person at an account. People leave accounts; when they do the contact stays, marked as
 * having left, so the relationship history is kept. An id of null means not saved yet. The version is the
 * stored row's version when it was read (0 when not saved): a save names it, so a stale copy cannot
 * overwrite a newer one.
 */
public record Contact(
        Long id,
        long accountId,
        String name,
        String title,
        String department,
        BuyingRole buyingRole,
        List<ContactPoint> phones,
        List<ContactPoint> emails,
        String address,
        PreferredChannel preferredChannel,
        Birthday birthday,
        String interests,
        String notes,
        boolean leftAccount,
        LocalDate leftOn,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Contact {
        name = Text.trimToEmpty(name);
        title = Text.trimToEmpty(title);
        department = Text.trimToEmpty(department);
        phones = withoutBlanks(phones);
        emails = withoutBlanks(emails);
        address = Text.trimToEmpty(address);
        interests = interests == null ? "" : interests;
        notes = notes == null ? "" : notes;
        if (!leftAccount) {
            leftOn = null;
        }
    }

    private static List<ContactPoint> withoutBlanks(List<ContactPoint> points) {
        if (points == null) {
            return List.of();
        }
        return points.stream().filter(Objects::nonNull).filter(p -> !p.value().isEmpty()).toList();
    }

    /** A new, unsaved contact at the given account. */
    public static Contact named(String name, long accountId) {
        return new Contact(null, accountId, name, "", "", null, List.of(), List.of(), "", null,
                null, "", "", false, null, null, null, 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The first phone number, or empty: what a list shows. */
    public String primaryPhone() {
        return phones.isEmpty() ? "" : phones.get(0).value();
    }

    /** The first e-mail address, or empty: what a list shows. */
    public String primaryEmail() {
        return emails.isEmpty() ? "" : emails.get(0).value();
    }

    public Contact withPoints(List<ContactPoint> newPhones, List<ContactPoint> newEmails) {
        return new Contact(id, accountId, name, title, department, buyingRole, newPhones, newEmails,
                address, preferredChannel, birthday, interests, notes, leftAccount, leftOn,
                createdAt, updatedAt, version);
    }

    public Contact withId(long newId, Instant created, Instant updated) {
        return new Contact(newId, accountId, name, title, department, buyingRole, phones, emails,
                address, preferredChannel, birthday, interests, notes, leftAccount, leftOn,
                created, updated, version);
    }

    /** The same contact as stored at another row version (what the store read or wrote last). */
    public Contact withVersion(long newVersion) {
        return new Contact(id, accountId, name, title, department, buyingRole, phones, emails, address, preferredChannel, birthday, interests, notes, leftAccount, leftOn, createdAt, updatedAt, newVersion);
    }
}
