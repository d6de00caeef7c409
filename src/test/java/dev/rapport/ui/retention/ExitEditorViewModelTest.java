package dev.rapport.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountValue;
import dev.rapport.domain.EngagementFacts;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.HealthScore;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RetentionSettings;
import dev.rapport.domain.Rfm;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExitEditorModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages cn = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static Account account() {
        return new Account(7L, "上海新航科技有限公司", PartyType.CUSTOMER, Tier.A, LifecycleStage.MAINTENANCE,
                RelationshipLevel.SOCIAL, null, "", "", "", "", new BigDecimal("1234567.5"), new BigDecimal("18.5"), null,
                3, "", List.of(), "", null, null, 0L);
    }

    @Test
    void theFormStartsFromTodayAndTheAccountsRevenueAndMarginAndWantsAReason() {
        ExitEditorViewModel m = new ExitEditorViewModel(account(), LocalDate.of(2018, 5, 1), TODAY, en, new Formats(Locale.ENGLISH));
        assertThat(m.exitedOn.get()).isEqualTo(TODAY);
        assertThat(m.revenue.get()).isEqualTo("1,234,567.5");
        assertThat(m.margin.get()).isEqualTo("18.5");
        assertThat(m.validProperty().get()).isFalse();
        assertThat(m.errors()).containsKey("reason");
        m.reason.set(ExitReason.COMPETITOR_OFFER);
        assertThat(m.validProperty().get()).isTrue();
        ExitEditorViewModel.Result r = m.toResult();
        assertThat(r.exit().revenueAtExit()).isEqualByComparingTo("1234567.5");
        assertThat(r.exit().accountId()).isEqualTo(7L);
        assertThat(r.customerSince()).isEqualTo(LocalDate.of(2018, 5, 1));
    }

    @Test
    void editingAnExitFillsTheFormWithItAndKeepsItsIdAndSegment() {
        dev.rapport.domain.AccountSegment segment = new dev.rapport.domain.AccountSegment(Tier.A, PartyType.CUSTOMER, "");
        dev.rapport.domain.AccountExit recorded = new dev.rapport.domain.AccountExit(41L, 7L, LocalDate.of(2026, 1, 20),
                ExitReason.TECHNOLOGY, "换了云方案", new BigDecimal("800000"), new BigDecimal("12"), true, "明年再谈",
                null, segment, 3L);
        ExitEditorViewModel m = new ExitEditorViewModel(account(), recorded, LocalDate.of(2018, 5, 1), TODAY, en,
                new Formats(Locale.ENGLISH));
        assertThat(m.isEdit()).isTrue();
        assertThat(m.exitedOn.get()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(m.reason.get()).isEqualTo(ExitReason.TECHNOLOGY);
        assertThat(m.reasonText.get()).isEqualTo("换了云方案");
        assertThat(m.revenue.get()).as("the exit's revenue, not the account's").isEqualTo("800,000");
        assertThat(m.margin.get()).isEqualTo("12");
        assertThat(m.avoidable.get()).isTrue();
        assertThat(m.winBackPlan.get()).isEqualTo("明年再谈");
        assertThat(m.validProperty().get()).isTrue();
        m.reason.set(ExitReason.PRICE);
        ExitEditorViewModel.Result r = m.toResult();
        assertThat(r.exit().id()).isEqualTo(41L);
        assertThat(r.exit().reason()).isEqualTo(ExitReason.PRICE);
        assertThat(r.exit().segmentAtExit()).isEqualTo(segment);
    }

    @Test
    void aReloadPutsTheStoredExitAndCustomerSinceIntoTheFormAndTheNextSaveNamesItsVersion() {
        dev.rapport.domain.AccountExit opened = new dev.rapport.domain.AccountExit(41L, 7L, LocalDate.of(2026, 1, 20),
                ExitReason.PRICE, "便宜", new BigDecimal("300000"), new BigDecimal("15"), false, "", null, null, 1L);
        ExitEditorViewModel m = new ExitEditorViewModel(account(), opened, LocalDate.of(2018, 5, 1), TODAY, en,
                new Formats(Locale.ENGLISH));
        m.reasonText.set("对手便宜 15%\n交期更短");
        m.winBackPlan.set("Call again in June");
        assertThat(m.copyText()).isEqualTo(en.get("retention.exit.reasonText") + ": 对手便宜 15%\n    交期更短\n"
                + en.get("retention.exit.revenue") + ": 300,000\n" + en.get("retention.exit.margin") + ": 15\n"
                + en.get("retention.exit.winBack") + ": Call again in June");

        dev.rapport.domain.AccountExit stored = new dev.rapport.domain.AccountExit(41L, 7L, LocalDate.of(2026, 1, 21),
                ExitReason.COMPETITOR_OFFER, "Competitor offered 10% less", new BigDecimal("280000"),
                new BigDecimal("15"), true, "", null, null, 2L);
        m.fill(new ExitEditorViewModel.Result(stored, LocalDate.of(2017, 1, 1)));

        assertThat(m.reason.get()).isEqualTo(ExitReason.COMPETITOR_OFFER);
        assertThat(m.reasonText.get()).isEqualTo("Competitor offered 10% less");
        assertThat(m.revenue.get()).isEqualTo("280,000");
        assertThat(m.avoidable.get()).isTrue();
        assertThat(m.winBackPlan.get()).isEmpty();
        assertThat(m.customerSince.get()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(m.read()).isEqualTo(new ExitEditorViewModel.Result(stored, LocalDate.of(2017, 1, 1)));
        assertThat(m.toResult().exit().version()).isEqualTo(2L);
    }

    @Test
    void badInputIsNamedAtItsFieldInTheUsersLanguage() {
        ExitEditorViewModel m = new ExitEditorViewModel(account(), null, TODAY, cn, new Formats(Locale.SIMPLIFIED_CHINESE));
        m.reason.set(ExitReason.PRICE);
        m.revenue.set("一百万");
        m.exitedOn.set(TODAY.plusDays(1));
        m.customerSince.set(TODAY.plusDays(5));
        assertThat(m.errors()).containsKeys("revenueAtExit", "exitedOn", "customerSince");
        assertThat(m.errors().get("revenueAtExit")).isEqualTo(cn.get("validation.number"));
        assertThat(m.errors().get("customerSince")).contains("退出");
        m.revenue.set("");
        assertThat(m.errors().get("revenueAtExit")).isEqualTo(cn.get("validation.required"));
    }

    @Test
    void theValueTextsExplainTheFormulaAndEveryPart() {
        ValueTexts texts = new ValueTexts(en, new Formats(Locale.ENGLISH));
        HealthScore h = HealthScore.of(new EngagementFacts(null, false, 30, 2, null, null, 4, RelationshipLevel.SOCIAL));
        AccountValue v = new AccountValue(1, new BigDecimal("20000.00"), new BigDecimal("49737.04"),
                new RetentionSettings(BigDecimal.TEN, 3), new Rfm(null, null, 4), h, Tier.A, Tier.B);
        assertThat(texts.lifetimeValue(v)).isEqualTo("49,737.04");
        assertThat(texts.lifetimeFormula(v)).contains("20,000", "r = 10 %", "n = 3", "49,737.04");
        assertThat(texts.rfm(v.rfm())).isEqualTo("M 4/5");
        assertThat(texts.part(h.parts().get(0))).contains("Key people covered", "67", "2 of 3");
        assertThat(texts.part(h.parts().get(1))).contains("satisfaction 4 of 5");
    }
}
