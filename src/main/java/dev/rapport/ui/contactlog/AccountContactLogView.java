package dev.rapport.ui.contactlog;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The contact log part of an account's detail: last contact and days since, a flag when
 * complaints are open, and the account's timeline.
 */
public final class AccountContactLogView {
    private final Messages msg;
    private final Formats formats;
    private final ContactLogFacts facts;
    private final TimelineView timeline;
    private final Label lastContact = new Label();
    private final Label complaints = new Label();
    private final VBox root;
    private Long accountId;

    /** @param onChanged after something was logged, changed or deleted in the account's timeline */
    public AccountContactLogView(UiKit kit, ContactLogFacts facts, TimelineViewModel timelineModel,
            LogActions actions, Runnable onChanged) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.facts = facts;
        this.timeline = new TimelineView(kit, timelineModel, actions, TimelineIds.ACCOUNT,
                () -> new Long[] {accountId, null}, onChanged);
        lastContact.setId(AccountContactLogIds.LAST_CONTACT);
        complaints.setId(AccountContactLogIds.OPEN_COMPLAINTS);
        complaints.getStyleClass().addAll("badge", "complaint-open");
        complaints.managedProperty().bind(complaints.visibleProperty());
        HBox summary = new HBox(10, lastContact, complaints);
        summary.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, summary, timeline.node());
        VBox.setVgrow(timeline.node(), Priority.ALWAYS);
    }

    /** Log contact for the account shown: the form opens, the timeline shows what was saved. */
    public void logNew() {
        if (accountId != null) {
            timeline.logNew();
        }
    }

    public Node node() {
        return root;
    }

    /** Shows this account's log (null: none). */
    public void show(Long id) {
        this.accountId = id;
        refreshSummary();
        timeline.model().show(id);
    }

    /** After the facts were read again: the summary line follows. */
    public void refreshSummary() {
        if (accountId == null) {
            lastContact.setText("");
            complaints.setVisible(false);
            return;
        }
        LocalDateTime last = facts.accountLastContact(accountId);
        lastContact.setText(last == null ? msg.get("contactlog.summary.never")
                : msg.get("contactlog.summary.last", formats.date(last.toLocalDate()), facts.daysSince(last)));
        int open = facts.openComplaints(accountId);
        complaints.setVisible(open > 0);
        complaints.setText(msg.get("contactlog.summary.openComplaints", open));
    }

    public TimelineView timeline() {
        return timeline;
    }
}
