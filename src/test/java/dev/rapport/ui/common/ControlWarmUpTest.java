package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The warm-up's samples really get styled: a sample that threw would warm nothing, silently. */
class ControlWarmUpTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySampleGetsItsSkinFromTheAppsStyleSheetWithoutAnError() throws Exception {
        List<Supplier<Node>> samples = ControlWarmUp.samples();
        assertThat(samples).hasSizeGreaterThan(10);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Supplier<Node> sample : samples) {
                Node node = sample.get();
                StackPane root = new StackPane(node);
                new Scene(root, 480, 320).getStylesheets().add(Styles.url());
                root.applyCss();
                root.layout();
                List<Control> controls = root.lookupAll("*").stream().filter(Control.class::isInstance)
                        .map(Control.class::cast).toList();
                assertThat(controls).as("controls in %s", node).isNotEmpty().allMatch(c -> c.getSkin() != null);
            }
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theStepsAreOnePerSample() {
        assertThat(ControlWarmUp.steps(Styles.url())).hasSameSizeAs(ControlWarmUp.samples());
    }
}
