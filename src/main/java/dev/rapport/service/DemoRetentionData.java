package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountSegment;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import dev.rapport.store.RetentionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The retention part of the sample data: relationships that began years ago, and accounts that
 * left over the last three years for several reasons (one of them won back), so the churn table
 * and every Insights chart have figures.
 */
final class DemoRetentionData {
    private static final ExitReason[] REASONS = {ExitReason.PRICE, ExitReason.COMPETITOR_OFFER, ExitReason.PRODUCT,
        ExitReason.TECHNOLOGY, ExitReason.SERVICE_QUALITY, ExitReason.PRICE, ExitReason.REP_LEFT,
        ExitReason.RELOCATED_OR_CLOSED, ExitReason.POLITICAL, ExitReason.OTHER};
    private static final String[][] WORDS = {
        {"竞争对手报价低 12%", "A competitor quoted 12% less"},
        {"对方提供三年免费维护", "Offered three years of free maintenance"},
        {"产品线不再满足需求", "Our range no longer fits their needs"},
        {"改用云端方案", "Moved to a cloud solution"},
        {"两次交货延误后投诉未解决", "Complaint after two late deliveries was never resolved"},
        {"集中采购后只保留一家供应商", "Central purchasing kept a single supplier"},
        {"原业务员离职后带走客户", "Our former rep took them along"},
        {"工厂搬迁到越南", "Plant moved to Vietnam"},
        {"按社会责任政策更换供应商", "Changed suppliers under their social-responsibility policy"},
        {"公司重组", "Company reorganised"}};

    private final Database db;
    private final AccountRepository accounts;
    private final RetentionRepository retention;
    private final Clock clock;

    DemoRetentionData(Database db, AccountRepository accounts, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.retention = new RetentionRepository(db, clock);
        this.clock = clock;
    }

    /** Backdates the relationships and makes about one account in seven leave; the first to leave comes back. */
    void addTo(List<Long> accountIds, Random random) {
        if (accountIds.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        db.inTransaction(() -> {
            int exited = 0;
            for (int i = 0; i < accountIds.size(); i++) {
                long id = accountIds.get(i);
                LocalDate since = today.minusDays(400 + random.nextInt(5 * 365));
                retention.setCustomerSince(id, since);
                boolean leaves = accountIds.size() >= 4 && i % 7 == 3;
                if (!leaves) {
                    continue;
                }
                Account a = accounts.find(id).orElseThrow();
                int n = exited++;
                // spread over this year and the two before, never before the relationship began
                LocalDate day = today.minusDays(10 + (n * 137L + random.nextInt(90)) % 1000);
                if (!day.isAfter(since)) {
                    day = since.plusDays(30);
                }
                boolean chinese = a.name().codePoints().anyMatch(Character::isIdeographic);
                String[] words = WORDS[n % WORDS.length];
                AccountExit exit = retention.insert(new AccountExit(null, id, day, REASONS[n % REASONS.length],
                        chinese ? words[0] : words[1], a.annualRevenue() == null ? java.math.BigDecimal.ZERO
                                : a.annualRevenue(), a.grossMarginPct() == null ? java.math.BigDecimal.ZERO
                                : a.grossMarginPct(), n % 3 != 2, n % 2 == 0 ? (chinese ? "明年春季产品发布会时重新接触"
                                : "Call again at next spring's product launch") : "", null)
                        .withSegmentAtExit(AccountSegment.of(a)));
                if (n == 0) {
                    LocalDate back = day.plusDays(Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(day, today) / 2));
                    retention.markReactivated(exit, back.isAfter(today) ? today : back);
                    accounts.update(a.withStage(LifecycleStage.RECOVERY));
                } else {
                    accounts.update(a.withStage(LifecycleStage.EXITED));
                }
            }
        });
    }
}
