package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The background class loading that spares a screen's first open the class loader's time. */
class ClassWarmerTest {

    @Test
    void listsTheScreensClassesFromTheAppsOwnFolderOrJarAndJavaFxsFromItsJarOrModule() {
        List<String> ours = ClassWarmer.classNames(new ClassWarmer.Source(ClassWarmer.class, List.of("dev/rapport/ui/")));
        assertThat(ours).contains("dev.rapport.ui.accounts.AccountsView", "dev.rapport.ui.main.MainWindow")
                .allMatch(n -> n.startsWith("dev.rapport.ui."));
        List<String> fx = ClassWarmer.classNames(new ClassWarmer.Source(javafx.scene.control.Control.class,
                List.of("javafx/scene/control/skin/")));
        assertThat(fx).contains("javafx.scene.control.skin.TableViewSkin").noneMatch(n -> n.endsWith("module-info"));
    }

    @Test
    void loadsEveryListedClass() {
        int loaded = ClassWarmer.warm(List.of(new ClassWarmer.Source(ClassWarmer.class, List.of("dev/rapport/ui/plans/"))),
                ClassWarmer.class.getClassLoader());
        assertThat(loaded).isEqualTo(ClassWarmer.classNames(
                new ClassWarmer.Source(ClassWarmer.class, List.of("dev/rapport/ui/plans/"))).size()).isGreaterThan(10);
    }
}
