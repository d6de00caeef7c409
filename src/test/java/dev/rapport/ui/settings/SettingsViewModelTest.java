package dev.rapport.ui.settings;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Language;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dataDir;

    private AppContext app;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.systemDefaultZone());
        model = new SettingsViewModel(app.settings(), dataDir, "1.2.3", notifier,
                dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs()).kit());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anotherLanguageIsSavedAtOnceAndAppliesAtTheNextStart() {
        Language running = model.languageProperty().get();
        Language other = running == Language.TRADITIONAL_CHINESE ? Language.ENGLISH : Language.TRADITIONAL_CHINESE;

        model.languageProperty().set(other);

        assertThat(app.settings().language()).isEqualTo(other);
        assertThat(model.restartNeededProperty().get()).isTrue();
        assertThat(notifier.messages()).singleElement().asString().contains(other.nativeName());

        model.languageProperty().set(running);
        assertThat(model.restartNeededProperty().get()).as("back to the language running").isFalse();
    }

    @Test
    void itShowsTheDataFolderAndTheVersionItWasGiven() {
        assertThat(model.dataFolder()).isEqualTo(dataDir.toString());
        assertThat(model.version()).isEqualTo("1.2.3");
    }
}
