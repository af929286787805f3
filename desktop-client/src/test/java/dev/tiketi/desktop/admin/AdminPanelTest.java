package dev.tiketi.desktop.admin;

import static dev.tiketi.desktop.admin.AdminWorld.fx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The panel behind the Admin tab builds nothing at sign-in, and its open section leaves the scene (so its
 * polling stops) while the admin sells at another tab.
 */
@ExtendWith(ApplicationExtension.class)
class AdminPanelTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static final class Counting implements AdminSection {
        final String id;
        final Label view;
        int built;
        int shown;

        Counting(String id) {
            this.id = id;
            this.view = new Label(id);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return id;
        }

        @Override
        public Node view() {
            built++;
            return view;
        }

        @Override
        public void shown() {
            shown++;
        }
    }

    @Test
    void behindATabNothingIsBuiltUntilItIsSelectedAndTheSectionLeavesTheSceneWhenAnotherTabIs(FxRobot robot) {
        Counting dashboard = new Counting("dashboard");
        Counting reports = new Counting("reports");
        AdminPanel[] panel = new AdminPanel[1];
        TabPane[] tabs = new TabPane[1];
        robot.interact(() -> {
            panel[0] = new AdminPanel(List.of(dashboard, reports), false);
            Tab sell = new Tab("Sell", new Label("counter"));
            Tab admin = new Tab("Admin", panel[0].view());
            admin.selectedProperty().addListener((o, was, is) -> panel[0].showing(is));
            tabs[0] = new TabPane(sell, admin);
            stage.setScene(new Scene(tabs[0], 800, 600));
            stage.show();
        });
        assertThat(dashboard.built).as("signing in builds no section").isZero();

        robot.interact(() -> tabs[0].getSelectionModel().select(1));
        assertThat(dashboard.built).isEqualTo(1);
        assertThat(dashboard.shown).isEqualTo(1);
        assertThat(fx(() -> dashboard.view.getScene() != null)).isTrue();

        robot.interact(() -> panel[0].open("reports"));
        robot.interact(() -> tabs[0].getSelectionModel().select(0));
        assertThat(fx(() -> reports.view.getScene())).as("off screen: out of the scene, its polling stopped").isNull();
        assertThat(fx(() -> dashboard.view.getScene())).isNull();

        robot.interact(() -> tabs[0].getSelectionModel().select(1));
        assertThat(fx(() -> reports.view.getScene() != null)).as("back where the admin left it").isTrue();
        assertThat(reports.built).as("built once").isEqualTo(1);
        assertThat(reports.shown).isEqualTo(2);
        assertThat(dashboard.built).isEqualTo(1);
    }
}
