package dev.rapport.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (beside its class, same name) with the view as controller. */
public final class Fxml {
    private Fxml() {
    }

    public static <T extends Parent> T load(Object controller, String name, ResourceBundle resources) {
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + name + " beside " + controller.getClass());
        }
        FXMLLoader loader = new FXMLLoader(url, resources);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
