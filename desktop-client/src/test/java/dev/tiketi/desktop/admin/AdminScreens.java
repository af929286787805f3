package dev.tiketi.desktop.admin;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.server.support.IntegrationTest;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the admin screen tests share: an admin's session at a terminal, the panel with the given sections in a
 * 1280 x 730 scene (what the Admin tab leaves of a 1280 x 800 window under the tab row and above the status bar),
 * reading the FX thread, and screenshots.
 */
public final class AdminScreens {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 730;

    private AdminScreens() {
    }

    public static Session admin(String terminal) {
        ApiClient api = new ApiClient(URI.create(TestServer.base()), terminal);
        return new Session(api, api.login("admin", IntegrationTest.PASSWORD),
                new Messages(Locale.KOREAN, ZoneId.of("Asia/Seoul")));
    }

    public static AdminPanel show(FxRobot robot, Stage stage, List<AdminSection> sections) {
        AdminPanel[] panel = new AdminPanel[1];
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            panel[0] = new AdminPanel(sections);
            Scene scene = new Scene((javafx.scene.Parent) panel[0].view(), WIDTH, HEIGHT);
            TiketiApp.stylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
        return panel[0];
    }

    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void shot(FxRobot robot, Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene().getRoot(), name);
    }
}
