package dev.rapport.ui.retention;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.ExitRules;
import dev.rapport.i18n.Messages;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.FormModel;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The exit form's state: prefilled from the account (today, its revenue and margin), or from the
 * exit being edited, checked on every change, with each problem ready to show beside its field.
 */
public final class ExitEditorViewModel extends FormModel<ExitEditorViewModel.Result> {
    /** What the form produces: the exit and the day the relationship began. */
    public record Result(AccountExit exit, LocalDate customerSince) {
    }

    /**
     * An exit as its editor saves it: the form's result and, once an edit of an exit recorded
     * before has been saved, what its undo takes back (null for a new exit and before the save).
     */
    public record Entry(Result result, RetentionService.ExitEdit edit) {
    }

    private final Formats formats;
    private final long accountId;
    private final LocalDate today;
    private AccountExit editing;
    private LocalDate customerSinceRead;

    public final ObjectProperty<LocalDate> exitedOn = new SimpleObjectProperty<>();
    public final ObjectProperty<ExitReason> reason = new SimpleObjectProperty<>();
    public final StringProperty reasonText = new SimpleStringProperty("");
    public final StringProperty revenue = new SimpleStringProperty("");
    public final StringProperty margin = new SimpleStringProperty("");
    public final BooleanProperty avoidable = new SimpleBooleanProperty(false);
    public final StringProperty winBackPlan = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> customerSince = new SimpleObjectProperty<>();

    public ExitEditorViewModel(Account account, LocalDate customerSinceNow, LocalDate today, Messages msg, Formats formats) {
        this(account, null, customerSinceNow, today, msg, formats);
    }

    /**
     * @param editing the exit recorded before, whose values fill the form ("Edit exit…"); null for
     *                a new exit filled from the account
     */
    public ExitEditorViewModel(Account account, AccountExit editing, LocalDate customerSinceNow, LocalDate today,
            Messages msg, Formats formats) {
        super(msg);
        this.formats = formats;
        this.accountId = account.id();
        this.today = today;
        if (editing == null) {
            exitedOn.set(today);
            revenue.set(formats.decimal(account.annualRevenue()));
            margin.set(formats.decimal(account.grossMarginPct()));
            customerSince.set(customerSinceNow);
            customerSinceRead = customerSinceNow;
        } else {
            fill(editing, customerSinceNow);
        }
        watch(exitedOn, reason, revenue, margin, customerSince);
    }

    /**
     * Puts an exit recorded before into the form, as "Edit exit…" opens it or a Reload that drops
     * what was typed does, with the version the next save names.
     */
    @Override
    public void fill(Result stored) {
        fill(stored.exit(), stored.customerSince());
    }

    private void fill(AccountExit exit, LocalDate customerSinceNow) {
        editing = exit;
        customerSinceRead = customerSinceNow;
        exitedOn.set(exit.exitedOn());
        reason.set(exit.reason());
        reasonText.set(exit.reasonText());
        revenue.set(formats.decimal(exit.revenueAtExit()));
        margin.set(formats.decimal(exit.marginPctAtExit()));
        avoidable.set(exit.avoidable());
        winBackPlan.set(exit.winBackPlan());
        customerSince.set(customerSinceNow);
    }

    /** The exit as this form read it (or last reloaded it; null for a new one), with its "customer since" day. */
    @Override
    public Result read() {
        return new Result(editing, customerSinceRead);
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("retention.exit.reasonText", reasonText.get());
        fields.put("retention.exit.revenue", revenue.get());
        fields.put("retention.exit.margin", margin.get());
        fields.put("retention.exit.winBack", winBackPlan.get());
        return CopyText.lines(msg, fields);
    }

    /** Whether the form edits an exit recorded before. */
    public boolean isEdit() {
        return editing != null;
    }

    /** The exit as typed; call only when valid. */
    public Result toResult() {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountExit e = build(problems);
        if (e == null || !problems.isEmpty()) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return new Result(e, customerSince.get());
    }

    @Override
    protected void check(Map<String, String> problems) {
        AccountExit e = build(problems);
        if (e != null) {
            add(problems, ExitRules.check(e, customerSince.get(), today));
        }
    }

    private AccountExit build(Map<String, String> problems) {
        BigDecimal r = decimal(formats, "revenueAtExit", revenue.get(), problems);
        BigDecimal m = decimal(formats, "marginPctAtExit", margin.get(), problems);
        if (exitedOn.get() == null) {
            problems.put("exitedOn", msg.get("validation.required"));
        }
        if (reason.get() == null) {
            problems.put("reason", msg.get("validation.required"));
        }
        if (exitedOn.get() == null || reason.get() == null) {
            return null;
        }
        if (editing != null) {
            return new AccountExit(editing.id(), accountId, exitedOn.get(), reason.get(), reasonText.get(), r, m,
                    avoidable.get(), winBackPlan.get(), editing.reactivatedOn(), editing.segmentAtExit(), editing.version());
        }
        return new AccountExit(null, accountId, exitedOn.get(), reason.get(), reasonText.get(), r, m,
                avoidable.get(), winBackPlan.get(), null);
    }
}
