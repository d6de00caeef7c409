package dev.rapport.service;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.Swot;
import dev.rapport.domain.plan.YearEndReview;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.PlanRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sample plans for the demo: this year's and last year's plan for every A and B account, with
 * actions at all three levels of bond in every status, costs and effects, so the Planner and
 * the year-end review show real figures. Last year's plans are closed with a review; some
 * plans plan more than their budget so the flag shows.
 */
public final class DemoPlanData {
    private static final int BATCH = 40;

    /** A sample action: English and Chinese title, level, type, month, budget, whether it recurs. */
    private record Template(String en, String zh, RelationshipLevel level, ActionType type, int month, int day,
            int budget, boolean recurring) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Loyalty points for repeat orders", "重复订单积分奖励", RelationshipLevel.FINANCIAL,
                    ActionType.LOYALTY_POINTS, 3, 0, 8000, true),
            new Template("Volume reward above target", "超目标采购量奖励", RelationshipLevel.FINANCIAL,
                    ActionType.VOLUME_REWARD, 7, 0, 12000, false),
            new Template("Year-end rebate", "年终返利", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE, 12,
                    0, 20000, true),
            new Template("Spring Festival visit and gift", "春节拜访及礼品", RelationshipLevel.SOCIAL,
                    ActionType.VISIT, 2, 0, 2000, true),
            new Template("Birthday flowers for the buyer", "采购经理生日鲜花", RelationshipLevel.SOCIAL,
                    ActionType.GIFT, 5, 18, 600, true),
            new Template("Customer-club golf day", "客户俱乐部高尔夫活动", RelationshipLevel.SOCIAL,
                    ActionType.CLUB_INVITATION, 6, 0, 5000, false),
            new Template("Mid-Autumn mooncakes", "中秋月饼", RelationshipLevel.SOCIAL, ActionType.GIFT, 9, 0, 1500,
                    true),
            new Template("Training for the customer's engineers", "客户工程师培训", RelationshipLevel.STRUCTURAL,
                    ActionType.TRAINING, 4, 0, 15000, true),
            new Template("Joint development of the new product line", "新产品线联合开发", RelationshipLevel.STRUCTURAL,
                    ActionType.JOINT_DEVELOPMENT, 8, 0, 40000, false),
            new Template("EDI ordering integration", "EDI 订货系统对接", RelationshipLevel.STRUCTURAL,
                    ActionType.SYSTEM_INTEGRATION, 10, 0, 30000, false));

    /** Statuses of last year's actions, rotated so every level gets every status across accounts. */
    private static final ActionStatus[] PAST = {ActionStatus.DONE, ActionStatus.DONE, ActionStatus.CANCELLED,
        ActionStatus.DONE, ActionStatus.POSTPONED, ActionStatus.DONE, ActionStatus.PLANNED};
    /** Statuses of this year's actions in months already begun. */
    private static final ActionStatus[] BEGUN = {ActionStatus.DONE, ActionStatus.DONE, ActionStatus.PLANNED,
        ActionStatus.DONE, ActionStatus.POSTPONED, ActionStatus.DONE, ActionStatus.CANCELLED};

    private final Database db;
    private final PlanRepository plans;
    private final ContactRepository contacts;

    public DemoPlanData(Database db, PlanRepository plans, ContactRepository contacts) {
        this.db = db;
        this.plans = plans;
        this.contacts = contacts;
    }

    /** Creates the plans for the A and B accounts among these; returns how many plans were made. */
    public int create(List<Account> accounts, LocalDate today, Random random, Progress progress) {
        List<Account> key = accounts.stream().filter(a -> a.tier() != Tier.C).toList();
        int made = 0;
        for (int from = 0; from < key.size() && !progress.isCancelled(); from += BATCH) {
            List<Account> batch = key.subList(from, Math.min(key.size(), from + BATCH));
            int offset = from;
            made += db.inTransaction(() -> {
                int n = 0;
                for (int i = 0; i < batch.size(); i++) {
                    Account a = batch.get(i);
                    if (plans.exists(a.id(), today.getYear() - 1) || plans.exists(a.id(), today.getYear())) {
                        continue;
                    }
                    List<Long> people = contacts.findByAccount(a.id()).stream().filter(c -> !c.leftAccount())
                            .map(Contact::id).limit(1).toList();
                    plans.insert(plan(a, offset + i, today.getYear() - 1, today, people, random));
                    plans.insert(plan(a, offset + i, today.getYear(), today, people, random));
                    n += 2;
                }
                return n;
            });
        }
        return made;
    }

    private static Plan plan(Account a, int index, int year, LocalDate today, List<Long> people, Random r) {
        boolean chinese = a.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean past = year < today.getYear();
        List<PlanAction> actions = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        for (int k = 0; k < TEMPLATES.size(); k++) {
            Template t = TEMPLATES.get(k);
            // B accounts get a lighter plan: no system integration, no golf day
            if (a.tier() == Tier.B && (t.type() == ActionType.SYSTEM_INTEGRATION || t.type() == ActionType.CLUB_INVITATION)) {
                continue;
            }
            YearMonth month = YearMonth.of(year, t.month());
            LocalDate date = t.day() == 0 ? null : month.atDay(t.day());
            ActionStatus status;
            if (past) {
                status = PAST[(index + k) % PAST.length];
            } else if (!month.isAfter(YearMonth.from(today))) {
                status = BEGUN[(index + k) % BEGUN.length];
            } else {
                status = (index + k) % 11 == 0 ? ActionStatus.CANCELLED : ActionStatus.PLANNED;
            }
            BigDecimal budget = BigDecimal.valueOf(t.budget() * (a.tier() == Tier.A ? 2L : 1L));
            planned = planned.add(status == ActionStatus.CANCELLED ? BigDecimal.ZERO : budget);
            BigDecimal actual = null;
            Integer effect = null;
            LocalDate doneOn = null;
            String notes = "";
            if (status == ActionStatus.DONE) {
                actual = budget.multiply(BigDecimal.valueOf(80 + r.nextInt(41))).divide(BigDecimal.valueOf(100), 0,
                        RoundingMode.HALF_UP);
                effect = 2 + r.nextInt(4);
                doneOn = date != null ? date : month.atDay(Math.min(12 + k, month.lengthOfMonth()));
                notes = chinese ? "客户反馈积极，决策人亲自参加。" : "Well received; the decision maker came in person.";
            } else if (status == ActionStatus.CANCELLED) {
                notes = chinese ? "客户预算冻结，取消。" : "Cancelled: the customer froze budgets.";
            }
            List<Long> involved = t.level() == RelationshipLevel.SOCIAL ? people : List.of();
            actions.add(new PlanAction(null, null, chinese ? t.zh() : t.en(), t.level(), t.type(), month, date,
                    a.owner(), involved, budget, status, actual, effect, notes, t.recurring(), doneOn, 0L));
        }
        // every third plan plans more than its budget, so the flag shows
        BigDecimal budget = planned.multiply(BigDecimal.valueOf(index % 3 == 0 ? 90 : 110))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        BigDecimal revenue = a.annualRevenue();
        RelationshipLevel target = RelationshipLevel.values()[Math.min(2, a.level().ordinal() + 1)];
        Objectives objectives = new Objectives(revenue == null ? null : revenue.multiply(new BigDecimal("1.10"))
                .setScale(0, RoundingMode.HALF_UP),
                a.shareOfWalletPct() == null ? null : a.shareOfWalletPct().add(BigDecimal.valueOf(5)).min(BigDecimal.valueOf(100)),
                target, 4, chinese ? "巩固首选供应商地位，深化结构层次合作。" : "Stay the preferred supplier and deepen structural ties.");
        Swot swot = chinese
                ? new Swot(List.of("合作历史长", "技术支持响应快"), List.of("价格高于竞争对手"),
                        List.of("客户新建工厂"), List.of("竞争对手低价进入"))
                : new Swot(List.of("Long shared history", "Fast technical support"), List.of("Priced above rivals"),
                        List.of("The customer's new plant"), List.of("A low-price competitor"));
        String strategy = chinese ? "每月与采购经理电话沟通，每季度高层拜访一次。"
                : "Monthly call with the buyer; a senior visit every quarter.";
        YearEndReview review = YearEndReview.NONE;
        if (past && revenue != null) {
            review = new YearEndReview(revenue, a.shareOfWalletPct(), a.level(), a.satisfaction(),
                    chinese ? "财务与社交层次执行良好，结构层次仍需加强。"
                            : "Financial and social actions went well; structural ties need more work.",
                    LocalDate.of(year, 12, 20));
        }
        return new Plan(null, a.id(), year, past ? PlanStatus.CLOSED : PlanStatus.ACTIVE, objectives, swot, strategy,
                budget, actions, review, null, null, 0L);
    }
}
