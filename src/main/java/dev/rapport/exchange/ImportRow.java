package dev.rapport.exchange;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import java.util.List;

/**
 * One row of an import, read but not yet checked against what is stored.
 *
 * @param position the line (CSV) or card number (vCard) the user can find it by
 * @param account the account named on the row, with whatever account fields the row had, or null
 * @param person the person on the row (account id 0 until resolved), or null for an account row
 * @param problems why the row cannot be imported; empty when it can
 * @param notes what the report says about the row when it comes in (a value left out and why)
 */
public record ImportRow(int position, Account account, Contact person, List<RowProblem> problems,
        List<RowProblem> notes) {

    public ImportRow {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public ImportRow(int position, Account account, Contact person, List<RowProblem> problems) {
        this(position, account, person, problems, List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
