package dev.rapport.domain;

import java.util.List;

/**
 * An account as the accounts list shows it: with the names of its people, so that typing a
 * person's name finds their account. The folded search text is computed once, not per keystroke.
 */
public record AccountListItem(Account account, List<String> contactNames, String searchText) {

    public AccountListItem(Account account, List<String> contactNames) {
        this(account, List.copyOf(contactNames), searchTextOf(account, contactNames));
    }

    private static String searchTextOf(Account a, List<String> contactNames) {
        StringBuilder sb = new StringBuilder(a.name()).append('\n').append(a.industry());
        a.tags().forEach(t -> sb.append('\n').append(t));
        contactNames.forEach(n -> sb.append('\n').append(n));
        return Text.fold(sb.toString());
    }

    public int contactCount() {
        return contactNames.size();
    }
}
