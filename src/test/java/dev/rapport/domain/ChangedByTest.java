package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The changed_by column's values (decision 0017) read back as what wrote them. */
class ChangedByTest {
    @Test
    void everyOriginReadsBackAsItselfFromItsColumn() {
        for (ChangedBy origin : new ChangedBy[] {ChangedBy.window(), ChangedBy.commandLine("import"),
                ChangedBy.commandLine(null)}) {
            assertThat(ChangedBy.parse(origin.column())).contains(origin);
        }
        for (WindowPlace place : WindowPlace.values()) {
            assertThat(ChangedBy.parse(ChangedBy.window(place).column())).contains(ChangedBy.window(place));
        }
        assertThat(ChangedBy.window(WindowPlace.PLANNER).column()).isEqualTo("window:planner");
        assertThat(ChangedBy.commandLine("import").column()).isEqualTo("cli:import");
    }

    @Test
    void noValueOrOneFromElsewhereNamesNoOneAndAPlaceAddedLaterIsStillTheWindow() {
        assertThat(ChangedBy.parse(null)).isEmpty();
        assertThat(ChangedBy.parse(" ")).isEmpty();
        assertThat(ChangedBy.parse("someone:else")).isEmpty();
        assertThat(ChangedBy.parse("window:a_place_of_a_later_version")).contains(ChangedBy.window());
    }

    @Test
    void theCommandLineHasNoPlaceInTheWindow() {
        assertThat(ChangedBy.commandLine("demo").at(WindowPlace.PLANNER)).isEqualTo(ChangedBy.commandLine("demo"));
        assertThat(ChangedBy.window().at(WindowPlace.PLANNER)).isEqualTo(ChangedBy.window(WindowPlace.PLANNER));
    }
}
