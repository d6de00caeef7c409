package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many days may pass between contacts, per tier (defaults A 30, B 60, C 90). An account is
 * going quiet when more days than its tier's cadence have passed since the last contact.
 */
public record Cadence(int tierA, int tierB, int tierC) {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    public static final Cadence DEFAULT = new Cadence(Tier.A.defaultCadenceDays(), Tier.B.defaultCadenceDays(),
            Tier.C.defaultCadenceDays());

    public int days(Tier tier) {
        return switch (tier) {
            case A -> tierA;
            case B -> tierB;
            case C -> tierC;
        };
    }

    public Cadence with(Tier tier, int days) {
        Map<Tier, Integer> m = asMap();
        m.put(tier, days);
        return new Cadence(m.get(Tier.A), m.get(Tier.B), m.get(Tier.C));
    }

    public Map<Tier, Integer> asMap() {
        Map<Tier, Integer> m = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            m.put(t, days(t));
        }
        return m;
    }

    /**
     * The last day of contact that still counts as in touch on {@code today}: a last contact
     * before this day means the account is going quiet.
     */
    public LocalDate quietBefore(Tier tier, LocalDate today) {
        return today.minusDays(days(tier));
    }

    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        for (Tier t : Tier.values()) {
            int d = days(t);
            if (d < MIN_DAYS || d > MAX_DAYS) {
                problems.add(FieldProblem.of("cadence." + t.name(), "validation.range", MIN_DAYS, MAX_DAYS));
            }
        }
        return problems;
    }
}
