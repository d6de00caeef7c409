package dev.rapport.domain;

/** A person as the global contacts list shows them: with their account's name. */
public record ContactListItem(Contact contact, String accountName, String searchText) {

    public ContactListItem(Contact contact, String accountName) {
        this(contact, accountName, Text.fold(String.join("\n", contact.name(), accountName,
                contact.title(), contact.department(), contact.primaryEmail(), contact.primaryPhone())));
    }

    /** Every word typed (folded and split once per keystroke, {@link Text#searchWords}) appears in the person's details. */
    public boolean matches(java.util.List<String> words) {
        return Text.containsAll(searchText, words);
    }
}
