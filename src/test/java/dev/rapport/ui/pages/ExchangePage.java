package dev.rapport.ui.pages;

import dev.rapport.ui.exchange.ExchangeIds;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;

/** Import…, Export and PDF on the accounts screen, and the people's Export, by {@link ExchangeIds}. */
public final class ExchangePage {
    private final FxRobot robot;

    public ExchangePage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public Button importButton() {
        return robot.lookup(id(ExchangeIds.IMPORT)).queryButton();
    }

    public Optional<Node> exportMenu() {
        return robot.lookup(id(ExchangeIds.EXPORT)).tryQuery();
    }

    public Button pdfButton() {
        return robot.lookup(id(ExchangeIds.PDF)).queryButton();
    }

    /** The Export menu's item with this id (one of {@link ExchangeIds}' EXPORT_*). */
    public MenuItem exportItem(String itemId) {
        MenuButton export = robot.lookup(id(ExchangeIds.EXPORT)).queryAs(MenuButton.class);
        return export.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The contacts screen's Export, there only while that screen is. */
    public Optional<Node> peopleExport() {
        return robot.lookup(id(ExchangeIds.PEOPLE_EXPORT)).tryQuery();
    }
}
