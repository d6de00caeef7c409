package dev.rapport.ui.retention;

import dev.rapport.domain.AccountValue;
import dev.rapport.domain.HealthScore;
import dev.rapport.domain.Rfm;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;

/** The words for an account's value and health: what the value pane and its tooltips say. */
public final class ValueTexts {
    private final Messages msg;
    private final Formats formats;

    public ValueTexts(Messages msg, Formats formats) {
        this.msg = msg;
        this.formats = formats;
    }

    /** The lifetime value, or why there is none. */
    public String lifetimeValue(AccountValue v) {
        return v.lifetimeValue() == null ? msg.get("retention.value.clvMissing") : formats.money(v.lifetimeValue());
    }

    /** The formula with this account's figures filled in. */
    public String lifetimeFormula(AccountValue v) {
        return msg.get("retention.value.clvFormula", v.yearlyMargin() == null ? "—" : formats.money(v.yearlyMargin()),
                formats.decimal(v.settings().discountRatePct()), v.settings().horizonYears(),
                v.lifetimeValue() == null ? "—" : formats.money(v.lifetimeValue()));
    }

    /** "M 4/5" and the like: only the parts with data. */
    public String rfm(Rfm rfm) {
        if (rfm == null || rfm.isEmpty()) {
            return msg.get("retention.value.rfmNone");
        }
        List<String> parts = new ArrayList<>();
        if (rfm.recency() != null) {
            parts.add(msg.get("retention.value.rfmR", rfm.recency()));
        }
        if (rfm.frequency() != null) {
            parts.add(msg.get("retention.value.rfmF", rfm.frequency()));
        }
        if (rfm.monetary() != null) {
            parts.add(msg.get("retention.value.rfmM", rfm.monetary()));
        }
        return String.join(" · ", parts);
    }

    /** One line per part of the health score: its name, its points and the facts behind it. */
    public String part(HealthScore.Part p) {
        String because;
        if (p.part() == dev.rapport.domain.HealthPart.CONTACT_FRESHNESS && p.facts().get(0).equals(-1)) {
            because = msg.get("retention.health.neverContacted", p.facts().get(1));
        } else {
            because = msg.get("retention.health.part." + p.part().name(), p.facts().toArray());
        }
        return msg.get("retention.health.partLine", msg.of(p.part()), p.points(), p.part().weight(), because);
    }
}
