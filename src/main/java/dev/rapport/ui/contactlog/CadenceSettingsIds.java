package dev.rapport.ui.contactlog;

import dev.rapport.domain.Tier;

/** The node ids of the cadence settings, shared by the view and its tests' page object. */
public final class CadenceSettingsIds {
    public static final String SAVE = "cadence-save";

    private CadenceSettingsIds() {
    }

    /** The days field of one tier. */
    public static String days(Tier tier) {
        return "cadence-" + tier.name();
    }
}
