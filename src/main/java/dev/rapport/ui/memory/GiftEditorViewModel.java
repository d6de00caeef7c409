package dev.rapport.ui.memory;

import dev.rapport.ui.common.FormModel;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftHistory;
import dev.rapport.domain.MemoryRules;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CopyText;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The gift form. It knows the person's earlier gifts, shows them, and warns as soon as what is
 * typed looks like one of them, so the same gift is not given twice.
 */
public final class GiftEditorViewModel extends FormModel<Gift> {
    /** Who receives the gift: the contact (familyMemberId null) or one of their family. */
    public record Recipient(Long familyMemberId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Gift original;
    private final List<Recipient> recipients;
    private final Formats formats;
    private final LocalDate today;
    private final List<Gift> earlier;
    public final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>();
    public final StringProperty occasion = new SimpleStringProperty("");
    public final StringProperty what = new SimpleStringProperty("");
    public final StringProperty cost = new SimpleStringProperty("");
    public final StringProperty givenBy = new SimpleStringProperty("");
    private final StringBinding repeatWarning;

    public GiftEditorViewModel(Gift gift, List<Recipient> recipients, List<Gift> earlier, Messages msg, Formats formats,
            LocalDate today) {
        super(msg);
        this.formats = formats;
        this.today = today;
        this.recipients = List.copyOf(recipients);
        this.earlier = earlier.stream().filter(g -> gift.id() == null || !gift.id().equals(g.id())).toList();
        fill(gift);
        repeatWarning = Bindings.createStringBinding(() -> {
            List<Gift> alike = GiftHistory.alike(this.earlier, what.get());
            if (alike.isEmpty()) {
                return "";
            }
            Gift g = alike.get(0);
            return msg.get("memory.gift.alreadyGiven", g.what(), formats.date(g.givenOn()));
        }, what);
        watch(recipient, givenOn, occasion, what, cost, givenBy);
    }

    @Override
    public void fill(Gift gift) {
        original = gift;
        recipient.set(recipients.stream().filter(r -> Objects.equals(r.familyMemberId(), gift.familyMemberId()))
                .findFirst().orElse(recipients.isEmpty() ? null : recipients.get(0)));
        givenOn.set(gift.givenOn() == null ? today : gift.givenOn());
        occasion.set(gift.occasion());
        what.set(gift.what());
        cost.set(gift.cost() == null ? "" : formats.decimal(gift.cost()));
        givenBy.set(gift.givenBy());
    }

    @Override
    public Gift read() {
        return original;
    }

    @Override
    public String copyText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memory.gift.occasion", occasion.get());
        fields.put("memory.gift.what", what.get());
        fields.put("memory.gift.cost", cost.get());
        fields.put("memory.gift.givenBy", givenBy.get());
        return CopyText.lines(msg, fields);
    }

    public boolean isNew() {
        return original.isNew();
    }

    /** The person's earlier gifts, newest first. */
    public List<Gift> earlier() {
        return earlier;
    }

    /** "Already given: … on …" when what is typed looks like an earlier gift, else empty. */
    public StringBinding repeatWarning() {
        return repeatWarning;
    }

    @Override
    protected void check(Map<String, String> problems) {
        Gift g = build(problems);
        add(problems, MemoryRules.check(g, today));
    }

    private Gift build(Map<String, String> problems) {
        BigDecimal amount = decimal(formats, "cost", cost.get(), problems);
        Long family = recipient.get() == null ? null : recipient.get().familyMemberId();
        return new Gift(original.id(), original.contactId(), family, "", givenOn.get(), occasion.get(), what.get(),
                amount, givenBy.get(), original.version());
    }

    /** The gift as typed; call only when valid. */
    public Gift toGift() {
        Map<String, String> problems = new java.util.HashMap<>();
        Gift g = build(problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("form is not valid: " + problems);
        }
        return g;
    }
}
