package dev.rapport.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A record page's tabs, one per constant of an enum, each laid out the first time it is chosen
 * (five tabs at once held the page's first open), and the chosen one kept in a view model's property.
 */
public final class LazyTabs<E extends Enum<E>> {
    private final TabPane pane = new TabPane();
    private final Map<E, Tab> tabOf;
    private final Map<E, Supplier<Node>> contentOf;

    /**
     * @param title   each tab's text
     * @param tabId   each tab's id, for the tests' page objects
     * @param content each tab's content, made when first chosen
     * @param chosen  the tab in view, both ways
     */
    public LazyTabs(Class<E> type, String id, Function<E, String> title, Function<E, String> tabId,
            Map<E, Supplier<Node>> content, ObjectProperty<E> chosen) {
        this.tabOf = new EnumMap<>(type);
        this.contentOf = new EnumMap<>(content);
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (E e : type.getEnumConstants()) {
            Tab tab = new Tab(title.apply(e));
            tab.setId(tabId.apply(e));
            tab.setUserData(e);
            tabOf.put(e, tab);
            pane.getTabs().add(tab);
        }
        pane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                E e = type.cast(tab.getUserData());
                fill(e);
                chosen.set(e);
            }
        });
        chosen.addListener((obs, old, e) -> pane.getSelectionModel().select(tabOf.get(e)));
        pane.getSelectionModel().select(tabOf.get(chosen.get()));
        fill(chosen.get());
    }

    private void fill(E e) {
        Tab tab = tabOf.get(e);
        if (tab.getContent() == null) {
            tab.setContent(contentOf.get(e).get());
        }
    }

    public TabPane node() {
        return pane;
    }
}
