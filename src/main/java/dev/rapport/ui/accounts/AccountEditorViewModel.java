package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountRules;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tags;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.FormModel;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The account form's state: what the user typed, checked on every change, with the reason
 * for each invalid field ready to show beside it. Save is possible only when nothing is invalid.
 */
public final class AccountEditorViewModel extends FormModel<Account> {
    private final Formats formats;
    private Account original;

    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<PartyType> partyType = new SimpleObjectProperty<>();
    public final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    public final ObjectProperty<LifecycleStage> stage = new SimpleObjectProperty<>();
    public final ObjectProperty<RelationshipLevel> level = new SimpleObjectProperty<>();
    public final ObjectProperty<RelationshipType> relationshipType = new SimpleObjectProperty<>();
    public final StringProperty industry = new SimpleStringProperty("");
    public final StringProperty owner = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty website = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    public final StringProperty annualRevenue = new SimpleStringProperty("");
    public final StringProperty grossMarginPct = new SimpleStringProperty("");
    public final StringProperty shareOfWalletPct = new SimpleStringProperty("");
    public final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>();
    public final StringProperty tags = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");

    public AccountEditorViewModel(Account account, Messages msg, Formats formats) {
        super(msg);
        this.formats = formats;
        fill(account);
        // the fields a rule reads; the free-text ones cannot make the account invalid
        watch(name, partyType, tier, stage, level, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct,
                satisfaction);
        // a new account's empty name is where the rep starts, not a mistake: said once they type
        touchedBy(relationshipType, industry, owner, address, tags, notes);
        quietUntilEdited("name");
    }

    @Override
    public void fill(Account account) {
        original = account;
        name.set(account.name());
        partyType.set(account.partyType());
        tier.set(account.tier());
        stage.set(account.stage());
        level.set(account.level());
        relationshipType.set(account.relationshipType());
        industry.set(account.industry());
        owner.set(account.owner());
        phone.set(account.phone());
        website.set(account.website());
        address.set(account.address());
        annualRevenue.set(formats.decimal(account.annualRevenue()));
        grossMarginPct.set(formats.decimal(account.grossMarginPct()));
        shareOfWalletPct.set(formats.decimal(account.shareOfWalletPct()));
        satisfaction.set(account.satisfaction());
        tags.set(Tags.format(account.tags()));
        notes.set(account.notes());
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account.name", name.get());
        fields.put("account.owner", owner.get());
        fields.put("account.industry", industry.get());
        fields.put("account.tags", tags.get());
        fields.put("account.phone", phone.get());
        fields.put("account.website", website.get());
        fields.put("account.address", address.get());
        fields.put("account.annualRevenue", annualRevenue.get());
        fields.put("account.grossMarginPct", grossMarginPct.get());
        fields.put("account.shareOfWalletPct", shareOfWalletPct.get());
        fields.put("account.notes", notes.get());
        return CopyText.lines(msg, fields);
    }

    @Override
    public Account read() {
        return original;
    }

    public boolean isNew() {
        return original.isNew();
    }

    /** The account as typed; call only when valid. */
    public Account toAccount() {
        Map<String, String> problems = new LinkedHashMap<>();
        Account a = build(problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return a;
    }

    @Override
    protected void check(Map<String, String> problems) {
        Account a = build(problems);
        if (a != null) {
            add(problems, AccountRules.check(a, formats.locale()));
        }
    }

    private Account build(Map<String, String> problems) {
        BigDecimal revenue = decimal(formats, "annualRevenue", annualRevenue.get(), problems);
        BigDecimal margin = decimal(formats, "grossMarginPct", grossMarginPct.get(), problems);
        BigDecimal share = decimal(formats, "shareOfWalletPct", shareOfWalletPct.get(), problems);
        if (partyType.get() == null || tier.get() == null || stage.get() == null || level.get() == null) {
            problems.put("classification", msg.get("validation.required"));
            return null;
        }
        return new Account(original.id(), name.get(), partyType.get(), tier.get(), stage.get(), level.get(),
                relationshipType.get(), industry.get(), address.get(), phone.get(), website.get(), revenue, margin,
                share, satisfaction.get(), owner.get(), Tags.parse(tags.get()), notes.get(), original.createdAt(),
                original.updatedAt(), original.version());
    }
}
