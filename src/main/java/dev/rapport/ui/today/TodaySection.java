package dev.rapport.ui.today;

import javafx.scene.Node;

/**
 * One block of the Today view (upcoming dates; later follow-ups, accounts going quiet, open
 * complaints). Each section loads its own data through its own service call, so sections are
 * added without touching one another.
 */
public interface TodaySection {
    Node node();

    /** Loads the section's data again (off the FX thread); called each time Today is shown. */
    void reload();
}
