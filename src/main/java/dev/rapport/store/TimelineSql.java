package dev.rapport.store;

import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One timeline page's query, for {@link InteractionDao#accountPage} and {@link InteractionDao#contactPage}:
 * the parts that vary (the index, the optional filters, the order) are {@code @Define}d, and are
 * chosen only from the fixed text below; the owner, channel, cursor, words and limit are bound
 * values, never written into the SQL.
 *
 * @param index   the index the page reads in order (one of the four timeline indexes)
 * @param filters the optional conditions, each fixed text naming bound parameters
 * @param order   the order of that index, so H2 reads it in order and stops early
 * @param values  the bound values, by parameter name
 */
record TimelineSql(String index, String filters, String order, Map<String, Object> values) {
    private static final String WORD = " AND i.search_text LIKE :w%d ESCAPE '!'";

    /** A page of an account's timeline: the interaction's own columns. */
    static TimelineSql account(long owner, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        boolean channel = filter.channel() != null;
        StringBuilder filters = new StringBuilder();
        if (channel) {
            filters.append(" AND i.channel = :channel");
        }
        if (after != null) {
            // the first condition lets the index start at the cursor; the second breaks ties by id
            filters.append(" AND i.happened_at <= :afterAt AND (i.happened_at < :afterAt OR i.id < :afterId)");
        }
        // the leading columns repeat the index's (fixed by the WHERE), so H2 reads the index in order and stops early
        return of(channel ? "interaction_account_channel_time" : "interaction_account_time", filters,
                (channel ? "i.account_id, i.channel, " : "i.account_id, ") + "i.happened_at DESC, i.id DESC",
                owner, filter, after, limit);
    }

    /** A page of a person's timeline: the person's copy of the time and channel (interaction_contact). */
    static TimelineSql contact(long owner, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        boolean channel = filter.channel() != null;
        StringBuilder filters = new StringBuilder();
        if (channel) {
            filters.append(" AND ic.channel = :channel");
        }
        if (after != null) {
            filters.append(" AND ic.happened_at <= :afterAt AND (ic.happened_at < :afterAt OR ic.interaction_id < :afterId)");
        }
        return of(channel ? "interaction_contact_channel_time" : "interaction_contact_time", filters,
                (channel ? "ic.contact_id, ic.channel, " : "ic.contact_id, ") + "ic.happened_at DESC, ic.interaction_id DESC",
                owner, filter, after, limit);
    }

    private static TimelineSql of(String index, StringBuilder filters, String order, long owner, TimelineFilter filter,
            TimelinePage.Cursor after, int limit) {
        Map<String, Object> values = new HashMap<>();
        values.put("owner", owner);
        values.put("limit", limit + 1);
        if (filter.channel() != null) {
            values.put("channel", filter.channel().name());
        }
        if (after != null) {
            values.put("afterAt", after.at());
            values.put("afterId", after.id());
        }
        List<String> words = filter.words();
        for (int k = 0; k < words.size(); k++) {
            // only the parameter's number goes into the SQL; the word itself is bound
            filters.append(String.format(WORD, k));
            values.put("w" + k, "%" + likeEscape(words.get(k)) + "%");
        }
        return new TimelineSql(index, filters.toString(), order, values);
    }

    static String likeEscape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
