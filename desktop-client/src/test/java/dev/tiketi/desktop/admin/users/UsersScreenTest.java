package dev.tiketi.desktop.admin.users;

import static dev.tiketi.desktop.admin.AdminScreens.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.admin.AdminScreens;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.server.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The users section against the real server: create a kiosk account, disable it, and be refused disabling yourself. */
@ExtendWith(ApplicationExtension.class)
class UsersScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private Session session;
    private UsersSection section;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) {
        TestServer.reset();
        session = AdminScreens.admin("admin-desk");
        section = new UsersSection(UserAdminApi.over(session.api()), session.messages(), Threads.terminal(), new Notifier());
        AdminScreens.show(robot, stage, List.of(section));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> session.close());
    }

    @SuppressWarnings("unchecked")
    private TableView<UserView> table(FxRobot robot) {
        return robot.lookup("#usersTable").queryAs(TableView.class);
    }

    private void choose(FxRobot robot, String username) {
        robot.interact(() -> table(robot).getItems().stream().filter(u -> u.username().equals(username)).findFirst()
                .ifPresent(u -> table(robot).getSelectionModel().select(u)));
    }

    private String message(FxRobot robot) {
        return fx(() -> robot.lookup("#usersMessage").queryAs(Label.class).getText());
    }

    @Test
    void aKioskAccountIsCreatedThenDisabledAndYourOwnAccountIsProtected(FxRobot robot) {
        await().atMost(WAIT).until(() -> fx(() -> table(robot).getItems().size() == 4));

        robot.clickOn("#newUsername").write("x");
        robot.clickOn("#createUser");
        assertThat(message(robot)).isEqualTo("고칠 항목이 있습니다. 표시된 칸을 확인하세요.");
        assertThat(TestServer.api().get("/api/admin/users", TestServer.api().login("admin", dev.tiketi.server.support.IntegrationTest.PASSWORD))
                .body().get("total").asLong()).as("nothing was sent").isEqualTo(4);
        AdminScreens.shot(robot, stage, "admin-users-invalid-ko.png");

        robot.doubleClickOn("#newUsername").write("lobby-kiosk-2");
        robot.interact(() -> {
            section.model().displayNameProperty().set("1층 로비 키오스크 2번");
            section.model().roleProperty().set(Role.KIOSK);
        });
        robot.clickOn("#newPassword").write("kiosk-pass-2027");
        robot.clickOn("#createUser");
        await().atMost(WAIT).until(() -> fx(() -> table(robot).getItems().size() == 5));
        assertThat(message(robot)).isEqualTo("lobby-kiosk-2 계정을 만들었습니다 (키오스크).");
        Api api = TestServer.api();
        assertThat(api.post("/api/auth/login", Map.of("username", "lobby-kiosk-2", "password", "kiosk-pass-2027"), null).status())
                .isEqualTo(200);

        choose(robot, "lobby-kiosk-2");
        robot.clickOn("#toggleEnabled");
        await().atMost(WAIT).until(() -> fx(() -> table(robot).getItems().stream()
                .anyMatch(u -> u.username().equals("lobby-kiosk-2") && !u.enabled())));
        assertThat(message(robot)).isEqualTo("lobby-kiosk-2 계정을 비활성화했습니다. 그 계정의 단말기는 로그아웃됩니다.");
        assertThat(api.post("/api/auth/login", Map.of("username", "lobby-kiosk-2", "password", "kiosk-pass-2027"), null).code())
                .isEqualTo("ACCOUNT_DISABLED");

        choose(robot, "admin");
        robot.clickOn("#toggleEnabled");
        await().atMost(WAIT).until(() -> message(robot).equals(
                "자신의 계정은 비활성화하거나 권한을 낮출 수 없습니다. 다른 관리자에게 요청하세요."));
        choose(robot, "lobby-kiosk-2");
        AdminScreens.shot(robot, stage, "admin-users-ko.png");
    }
}
