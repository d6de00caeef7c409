package dev.rapport.store;

import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.Swot;
import dev.rapport.domain.plan.SwotKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Plans with their SWOT lists, actions and the people each action involves. A deleted plan stays
 * in the table (deleted_at) with its actions until the delete can no longer be undone; every
 * read here leaves it out, except {@link #deletedPlanRow} for the undo.
 */
@RegisterRowMapper(PlanMapper.class)
@RegisterRowMapper(PlanActionMapper.class)
public interface PlanDao {

    String PLAN_COLUMNS = "account_id, plan_year, status, revenue_target, share_target, target_level,"
            + " target_satisfaction, goals, strategy, budget, actual_revenue, actual_share, level_reached,"
            + " actual_satisfaction, conclusion, reviewed_on";
    String PLAN_VALUES = ":accountId, :year, :status, :revenueTarget, :shareTarget, :targetLevel,"
            + " :targetSatisfaction, :goals, :strategy, :budget, :actualRevenue, :actualShare, :levelReached,"
            + " :actualSatisfaction, :conclusion, :reviewedOn";
    String ACTION_COLUMNS = "plan_id, position, title, level, action_type, action_month, action_date, owner, budget,"
            + " status, actual_cost, effect, notes, recurring, done_on";
    String ACTION_VALUES = ":planId, :position, :title, :level, :type, :month, :date, :owner, :budget, :status,"
            + " :actualCost, :effect, :notes, :recurring, :doneOn";

    @SqlQuery("SELECT * FROM plan WHERE id = :id AND deleted_at IS NULL")
    Optional<Plan> planRow(@Bind("id") long id);

    @SqlQuery("SELECT * FROM plan WHERE id = :id AND deleted_at IS NOT NULL")
    Optional<Plan> deletedPlanRow(@Bind("id") long id);

    @SqlQuery("SELECT * FROM plan WHERE account_id = :accountId AND plan_year = :year AND deleted_at IS NULL")
    Optional<Plan> planRowFor(@Bind("accountId") long accountId, @Bind("year") int year);

    @SqlQuery("SELECT * FROM plan WHERE account_id = :accountId AND deleted_at IS NULL ORDER BY plan_year DESC")
    List<Plan> planRowsOfAccount(@Bind("accountId") long accountId);

    @SqlQuery("SELECT p.* FROM plan p JOIN account a ON a.id = p.account_id"
            + " WHERE p.plan_year = :year AND p.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY a.name")
    List<Plan> planRowsOfYear(@Bind("year") int year);

    @SqlQuery("SELECT p.* FROM plan p JOIN account a ON a.id = p.account_id WHERE a.deleted_at IS NULL"
            + " AND p.deleted_at IS NULL ORDER BY p.plan_year, a.name")
    List<Plan> allPlanRows();

    @SqlQuery("SELECT plan_id, kind, item FROM plan_swot WHERE plan_id IN (<ids>) ORDER BY plan_id, kind, position")
    List<Map<String, Object>> swotRows(@BindList("ids") List<Long> planIds);

    @SqlQuery("SELECT * FROM plan_action WHERE plan_id IN (<ids>) ORDER BY plan_id, position")
    List<PlanAction> actionRows(@BindList("ids") List<Long> planIds);

    @SqlQuery("SELECT a.* FROM plan_action a JOIN plan p ON p.id = a.plan_id WHERE a.id = :id AND p.deleted_at IS NULL")
    Optional<PlanAction> actionRow(@Bind("id") long id);

    @SqlQuery("SELECT c.action_id, c.contact_id FROM plan_action_contact c JOIN plan_action a ON a.id = c.action_id"
            + " WHERE a.plan_id IN (<ids>) ORDER BY c.action_id, c.contact_id")
    List<Map<String, Object>> actionContactRows(@BindList("ids") List<Long> planIds);

    @SqlQuery("SELECT contact_id FROM plan_action_contact WHERE action_id = :id ORDER BY contact_id")
    List<Long> contactsOfAction(@Bind("id") long actionId);

    @SqlQuery("SELECT COUNT(*) FROM plan WHERE account_id = :accountId AND deleted_at IS NULL")
    int countForAccount(@Bind("accountId") long accountId);

    @SqlUpdate("INSERT INTO plan (" + PLAN_COLUMNS + ", created_at, updated_at, changed_by) VALUES (" + PLAN_VALUES
            + ", :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insertPlanRow(@BindMethods PlanRows.PlanRow row, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE plan SET status = :status, revenue_target = :revenueTarget, share_target = :shareTarget,"
            + " target_level = :targetLevel, target_satisfaction = :targetSatisfaction, goals = :goals,"
            + " strategy = :strategy, budget = :budget, actual_revenue = :actualRevenue, actual_share = :actualShare,"
            + " level_reached = :levelReached, actual_satisfaction = :actualSatisfaction, conclusion = :conclusion,"
            + " reviewed_on = :reviewedOn, updated_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int updatePlanRow(@BindMethods PlanRows.PlanRow row, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    /**
     * Bumps the plan's version after one of its actions was written under that action's own checked
     * version: the plan's version guards the whole, so a plan editor opened before is stale now.
     */
    @SqlUpdate("UPDATE plan SET updated_at = :now, row_version = row_version + 1, changed_by = :changedBy WHERE id = :id")
    int touchPlan(@Bind("id") long id, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE plan SET deleted_at = :now, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDeletePlanRow(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE plan SET deleted_at = NULL, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restorePlanRow(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("DELETE FROM plan_swot WHERE plan_id = :id")
    void deleteSwot(@Bind("id") long planId);

    @SqlBatch("INSERT INTO plan_swot (plan_id, kind, position, item) VALUES (:id, :kind, :position, :item)")
    void insertSwot(@Bind("id") long planId, @Bind("kind") List<String> kinds, @Bind("position") List<Integer> positions,
            @Bind("item") List<String> items);

    @SqlUpdate("INSERT INTO plan_action (" + ACTION_COLUMNS + ", changed_by) VALUES (" + ACTION_VALUES
            + ", :changedBy)")
    @GetGeneratedKeys("id")
    long insertActionRow(@BindMethods PlanRows.ActionRow row, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE plan_action SET position = :position, title = :title, level = :level, action_type = :type,"
            + " action_month = :month, action_date = :date, owner = :owner, budget = :budget, status = :status,"
            + " actual_cost = :actualCost, effect = :effect, notes = :notes, recurring = :recurring,"
            + " done_on = :doneOn, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND plan_id = :planId AND row_version = :version")
    int updateActionRow(@BindMethods PlanRows.ActionRow row, @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT position FROM plan_action WHERE id = :id")
    int positionOf(@Bind("id") long actionId);

    @SqlQuery("SELECT id FROM plan_action WHERE plan_id = :planId")
    List<Long> actionIds(@Bind("planId") long planId);

    @SqlUpdate("DELETE FROM plan_action WHERE id = :id")
    void deleteActionRow(@Bind("id") long actionId);

    @SqlUpdate("DELETE FROM plan_action_contact WHERE action_id = :id")
    void deleteActionContacts(@Bind("id") long actionId);

    @SqlBatch("INSERT INTO plan_action_contact (action_id, contact_id) VALUES (:id, :contact)")
    void insertActionContacts(@Bind("id") long actionId, @Bind("contact") List<Long> contactIds);

    /** How many plan ids go into one query's IN list. */
    int IN_LIST_CHUNK = 100;

    /** The plans with their SWOT lists, actions and contacts, in the order given. */
    default List<Plan> complete(List<Plan> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> all = rows.stream().map(Plan::id).toList();
        Map<Long, Map<SwotKind, List<String>>> swot = new HashMap<>();
        Map<Long, List<Long>> contacts = new HashMap<>();
        Map<Long, List<PlanAction>> actions = new HashMap<>();
        // a few hundred ids per query: H2 checks each row against the whole IN list, so a year's two
        // thousand plans in one list took seconds (PostgreSQL also caps a statement's parameters)
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK));
            for (Map<String, Object> r : swotRows(ids)) {
                swot.computeIfAbsent(((Number) r.get("plan_id")).longValue(), k -> new EnumMap<>(SwotKind.class))
                        .computeIfAbsent(SwotKind.valueOf((String) r.get("kind")), k -> new ArrayList<>())
                        .add((String) r.get("item"));
            }
            for (Map<String, Object> r : actionContactRows(ids)) {
                contacts.computeIfAbsent(((Number) r.get("action_id")).longValue(), k -> new ArrayList<>())
                        .add(((Number) r.get("contact_id")).longValue());
            }
            for (PlanAction a : actionRows(ids)) {
                actions.computeIfAbsent(a.planId(), k -> new ArrayList<>()).add(a);
            }
        }
        actions.replaceAll((plan, list) -> list.stream()
                .map(a -> a.withOwnerAndContacts(a.owner(), contacts.getOrDefault(a.id(), List.of()))).toList());
        List<Plan> out = new ArrayList<>(rows.size());
        for (Plan p : rows) {
            out.add(p.withContent(p.objectives(), Swot.of(swot.getOrDefault(p.id(), Map.of())), p.strategy())
                    .withActions(actions.getOrDefault(p.id(), List.of())));
        }
        return out;
    }

    default Optional<Plan> find(long id) {
        return planRow(id).map(p -> complete(List.of(p)).get(0));
    }

    default Optional<PlanAction> findAction(long id) {
        return actionRow(id).map(a -> a.withOwnerAndContacts(a.owner(), contactsOfAction(id)));
    }

    default void replaceSwot(long planId, Swot swot) {
        deleteSwot(planId);
        List<String> kinds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (SwotKind kind : SwotKind.values()) {
            List<String> list = swot.get(kind);
            for (int i = 0; i < list.size(); i++) {
                kinds.add(kind.name());
                positions.add(i);
                items.add(list.get(i));
            }
        }
        if (!items.isEmpty()) {
            insertSwot(planId, kinds, positions, items);
        }
    }

    default void replaceActionContacts(long actionId, List<Long> contactIds) {
        deleteActionContacts(actionId);
        if (!contactIds.isEmpty()) {
            insertActionContacts(actionId, contactIds);
        }
    }
}
