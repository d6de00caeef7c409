package dev.rapport.ui.contactlog;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The contact log's facts in the lists: "Last contact" and "Days since" columns and the
 * account's complaint flag, refreshed after every reload of its {@link ContactLogFactsViewModel}.
 */
public final class ContactLogFacts {
    private static final javafx.css.PseudoClass COMPLAINT_FLAG = javafx.css.PseudoClass.getPseudoClass("complaint-flag");
    private final Messages msg;
    private final Formats formats;
    private final ContactLogFactsViewModel model;

    public ContactLogFacts(Messages msg, Formats formats, ContactLogFactsViewModel model) {
        this.msg = msg;
        this.formats = formats;
        this.model = model;
    }

    public ContactLogFactsViewModel model() {
        return model;
    }

    public void reload() {
        model.reload();
    }

    /** Runs after every reload, on the FX thread. */
    public void onReloaded(Runnable r) {
        model.onReloaded(r);
    }

    public LocalDateTime accountLastContact(long accountId) {
        return model.accountLastContact(accountId);
    }

    public LocalDateTime contactLastContact(long contactId) {
        return model.contactLastContact(contactId);
    }

    public int openComplaints(long accountId) {
        return model.openComplaints(accountId);
    }

    /** Days since the contact, or null when never contacted. */
    public Long daysSince(LocalDateTime last) {
        return model.daysSince(last);
    }

    /** Adds "Last contact" and "Days since" to a table of accounts or people; they refresh after every reload. */
    public <S> void addColumns(TableView<S> table, Function<S, LocalDateTime> last, String idPrefix) {
        TableColumn<S, LocalDateTime> lastColumn = new TableColumn<>(msg.get("contactlog.column.lastContact"));
        lastColumn.setId(idPrefix + "-last-contact-column");
        lastColumn.setPrefWidth(105);
        lastColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(last.apply(c.getValue())));
        lastColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        lastColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? msg.get("contactlog.column.never")
                        : formats.date(item.toLocalDate()));
            }
        });
        TableColumn<S, Long> daysColumn = new TableColumn<>(msg.get("contactlog.column.daysSince"));
        daysColumn.setId(idPrefix + "-days-since-column");
        daysColumn.setPrefWidth(80);
        daysColumn.getStyleClass().add("number");
        daysColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(daysSince(last.apply(c.getValue()))));
        // never contacted sorts as the longest silence
        daysColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        daysColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Long.toString(item));
            }
        });
        table.getColumns().add(lastColumn);
        table.getColumns().add(daysColumn);
        model.onReloaded(() -> {
            table.refresh();
            table.sort();
        });
    }

    /** Adds a column flagging accounts with open complaints (their number). */
    public <S> void addComplaintColumn(TableView<S> table, Function<S, Long> accountId, String id) {
        TableColumn<S, Integer> column = new TableColumn<>(msg.get("contactlog.column.openComplaints"));
        column.setId(id);
        column.setPrefWidth(80);
        column.getStyleClass().add("number");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(openComplaints(accountId.apply(c.getValue()))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                // a pseudo-class, not a style class: changing a style class restyles the cell from
                // scratch, and every keystroke in the search box refills every visible row
                boolean flagged = !empty && item != null && item != 0;
                setText(flagged ? Integer.toString(item) : null);
                pseudoClassStateChanged(COMPLAINT_FLAG, flagged);
            }
        });
        table.getColumns().add(column);
        model.onReloaded(table::refresh);
    }
}
