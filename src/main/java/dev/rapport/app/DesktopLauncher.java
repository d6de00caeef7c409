package dev.rapport.app;

import dev.rapport.i18n.Messages;
import dev.rapport.store.AlreadyOpenException;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.FxDialogService;
import dev.rapport.ui.common.FxTaskExecutor;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.main.MainWindow;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the data folder and then the window; closing the window closes the folder. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(Path dataDir) {
        AppContext context;
        try {
            context = AppContext.open(dataDir, Clock.systemDefaultZone());
        } catch (AlreadyOpenException e) {
            Messages messages = AppContext.messagesFor(dataDir);
            Platform.startup(() -> {
                Fonts.loadBundled();
                Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("error.alreadyOpen"), ButtonType.OK);
                alert.setTitle(messages.get("app.title"));
                alert.setHeaderText(null);
                alert.showAndWait();
                Platform.exit();
            });
            return;
        }
        Platform.startup(() -> open(context));
    }

    private static void open(AppContext context) {
        Logger log = LoggerFactory.getLogger(DesktopLauncher.class);
        Fonts.loadBundled();
        Platform.setImplicitExit(true);
        Stage stage = new Stage();
        addIcons(stage);
        AtomicReference<Window> owner = new AtomicReference<>(stage);
        FxTaskExecutor executor = new FxTaskExecutor();
        UiContext ui = context.uiContext(executor, new FxDialogService(context.messages(), owner::get));
        stage.setOnHidden(e -> {
            executor.close();
            context.close();
            log.info("closed {}", context.dataDir());
        });
        new MainWindow(ui).show(stage);
        log.info("Rapport {} opened {}", Version.current(), context.dataDir());
    }

    static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = DesktopLauncher.class.getResourceAsStream("/dev/rapport/icons/rapport-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(DesktopLauncher.class).warn("icon {} unreadable", size, e);
            }
        }
    }
}
