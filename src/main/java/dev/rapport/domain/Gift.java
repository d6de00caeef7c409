package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift or greeting given to a contact or to someone in their family, remembered so that none
 * is repeated. familyMemberName is read back with the gift (for lists) and never written.
 * A gift logged in the contact log (an interaction on the gift channel) is read back as a gift
 * too, with the interaction's id in {@code interactionId} and no id of its own: it is changed in
 * the contact log, never through the gift log.
 */
public record Gift(Long id, long contactId, Long familyMemberId, String familyMemberName, LocalDate givenOn,
        String occasion, String what, BigDecimal cost, String givenBy, Long interactionId,
        long version) {

    public Gift {
        familyMemberName = familyMemberName == null ? "" : familyMemberName;
        occasion = Text.trimToEmpty(occasion);
        what = Text.trimToEmpty(what);
        givenBy = Text.trimToEmpty(givenBy);
    }

    public static Gift of(long contactId, Long familyMemberId, LocalDate givenOn, String occasion, String what,
            BigDecimal cost, String givenBy) {
        return new Gift(null, contactId, familyMemberId, "", givenOn, occasion, what, cost, givenBy, null, 0L);
    }

    /** A gift kept in the gift log itself, as opposed to one read from the contact log. */
    public Gift(Long id, long contactId, Long familyMemberId, String familyMemberName, LocalDate givenOn,
            String occasion, String what, BigDecimal cost, String givenBy, long version) {
        this(id, contactId, familyMemberId, familyMemberName, givenOn, occasion, what, cost, givenBy, null, version);
    }

    public boolean isNew() {
        return id == null && interactionId == null;
    }

    /** Logged as an interaction in the contact log: shown with the gifts, edited there. */
    public boolean fromContactLog() {
        return interactionId != null;
    }

    public Gift withId(long newId) {
        return new Gift(newId, contactId, familyMemberId, familyMemberName, givenOn, occasion, what, cost, givenBy,
                interactionId, version);
    }

    /** The same gift as stored at another row version (0 when not saved): a save or delete names it. */
    public Gift withVersion(long newVersion) {
        return new Gift(id, contactId, familyMemberId, familyMemberName, givenOn, occasion, what, cost, givenBy, interactionId, newVersion);
    }
}
