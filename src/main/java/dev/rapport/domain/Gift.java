package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift or greeting given to a contact or to someone in their family, remembered so that none
 * is repeated. familyMemberName is read back with the gift (for lists) and never written.
 */
public record Gift(Long id, long contactId, Long familyMemberId, String familyMemberName, LocalDate givenOn,
        String occasion, String what, BigDecimal cost, String givenBy) {

    public Gift {
        familyMemberName = familyMemberName == null ? "" : familyMemberName;
        occasion = Text.trimToEmpty(occasion);
        what = Text.trimToEmpty(what);
        givenBy = Text.trimToEmpty(givenBy);
    }

    public static Gift of(long contactId, Long familyMemberId, LocalDate givenOn, String occasion, String what,
            BigDecimal cost, String givenBy) {
        return new Gift(null, contactId, familyMemberId, "", givenOn, occasion, what, cost, givenBy);
    }

    public boolean isNew() {
        return id == null;
    }

    public Gift withId(long newId) {
        return new Gift(newId, contactId, familyMemberId, familyMemberName, givenOn, occasion, what, cost, givenBy);
    }
}
