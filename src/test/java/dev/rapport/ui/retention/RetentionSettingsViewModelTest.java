package dev.rapport.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionSettingsModelTest {
    @TempDir
    Path dataDir;

    @Test
    void theDiscountRateAndHorizonAreCheckedSavedAndReadBack() {
        List<String> statuses = new ArrayList<>();
        Notifier notifier = new Notifier() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void undoable(String message, Runnable undo) {
                statuses.add(message);
            }
        };
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            TestUi ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs());
            RetentionSettingsViewModel model = new RetentionSettingsViewModel(app.retention(), ui.kit(), notifier);
            assertThat(model.validProperty().get()).as("nothing to save before the stored settings arrive").isFalse();
            assertThat(model.errors()).as("and no field is faulted for being empty meanwhile")
                    .doesNotContainKeys("horizonYears", "discountRatePct");
            model.load();
            assertThat(model.discountRate.get()).isEqualTo("8");
            assertThat(model.horizon.get()).isEqualTo("5");
            model.horizon.set("2.5");
            assertThat(model.errors().get("horizonYears")).as("a fraction is a number, just not a whole one")
                    .isEqualTo("Whole numbers only, such as 2 or 3.");
            model.horizon.set("２０");
            assertThat(model.errors()).as("full-width digits from a Chinese keyboard").doesNotContainKey("horizonYears");
            model.horizon.set("99999999999");
            assertThat(model.errors().get("horizonYears")).isEqualTo("Too large a number.");
            model.horizon.set("five");
            assertThat(model.errors().get("horizonYears")).isEqualTo("Not a number.");
            model.horizon.set("0");
            assertThat(model.validProperty().get()).isFalse();
            assertThat(model.errors()).containsKey("horizonYears");
            model.discountRate.set("abc");
            assertThat(model.errors()).containsKey("discountRatePct");
            model.save();
            assertThat(app.retention().settings().horizonYears()).isEqualTo(5);
            model.discountRate.set("6.5");
            model.horizon.set("10");
            assertThat(model.validProperty().get()).isTrue();
            model.save();
            assertThat(app.retention().settings().discountRatePct()).isEqualByComparingTo(new BigDecimal("6.5"));
            assertThat(app.retention().settings().horizonYears()).isEqualTo(10);
            assertThat(statuses).hasSize(1);
        }
    }
}
