package dev.rapport.domain;

/** The parts of the relationship health score, with their weight in the whole. */
public enum HealthPart {
    CONTACT_FRESHNESS(25), KEY_PEOPLE(20), PLAN_PROGRESS(15), OPEN_COMPLAINTS(10), SATISFACTION(20), LEVEL(10);

    private final int weight;

    HealthPart(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
