package dev.tiketi.desktop.admin;

import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.server.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The admin panel with the given sections in a 1280×800 window, as the terminal shows it, signed in as the admin. */
public final class BooksScreens {
    private BooksScreens() {
    }

    public static ApiClient adminClient() {
        ApiClient api = new ApiClient(URI.create(TestServer.base()), "admin-desk");
        api.login("admin", IntegrationTest.PASSWORD);
        return api;
    }

    /** Call on the FX thread. */
    public static AdminPanel show(Stage stage, List<AdminSection> sections) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        AdminPanel panel = new AdminPanel(sections);
        Scene scene = new Scene((Parent) panel.view(), 1280, 800);
        TiketiApp.stylesheet(scene);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return panel;
    }
}
