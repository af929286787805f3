package dev.tiketi.desktop.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.admin.AdminPanel;
import dev.tiketi.desktop.admin.BooksScreens;
import dev.tiketi.desktop.admin.BooksWorld;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.AuditAction;
import dev.tiketi.model.admin.AuditEntryView;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit log against the real server: filtering by action shows exactly the entries of those actions. */
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Stage stage;
    private AdminPanel panel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (panel != null) {
            robot.interact(panel::close);
        }
    }

    @Test
    void filteringByActionShowsExactlyThoseEntriesAndAnEntrysDetails(FxRobot robot) {
        BooksWorld world = new BooksWorld();
        Messages m = new Messages(Locale.ENGLISH);
        AuditSection section = new AuditSection(AuditApi.of(BooksScreens.adminClient()), m, Threads.terminal());
        robot.interact(() -> panel = BooksScreens.show(stage, List.of(section)));
        await().atMost(WAIT).until(() -> fx(() -> entries().size()) > 5);

        robot.interact(() -> robot.lookup("#auditActions").<CheckComboBox<String>>query().getCheckModel()
                .check(AuditAction.ORDER_PAID));
        await().atMost(WAIT).until(() -> fx(() -> entries().size()) == 3);
        assertThat(fx(this::entries)).extracting(AuditEntryView::action).containsOnly(AuditAction.ORDER_PAID);
        assertThat(fx(this::entries)).extracting(AuditEntryView::entityId)
                .containsExactly(world.kioskCard.id(), world.counterCard.id(), world.counterCash.id());

        // two actions, and who: the clerk's sales and refund, not the kiosk's sale
        robot.interact(() -> robot.lookup("#auditActions").<CheckComboBox<String>>query().getCheckModel()
                .check(AuditAction.ORDER_REFUNDED));
        robot.clickOn("#auditActor").write("clerk").type(KeyCode.ENTER);
        await().atMost(WAIT).until(() -> fx(() -> entries().stream().map(AuditEntryView::action).toList())
                .equals(List.of(AuditAction.ORDER_REFUNDED, AuditAction.ORDER_PAID, AuditAction.ORDER_PAID)));
        assertThat(fx(this::entries)).extracting(AuditEntryView::terminal).containsOnly(BooksWorld.COUNTER);
        assertThat(fx(() -> robot.lookup("#auditMessage").queryLabeled().getText())).isEqualTo("Page 1 of 1 · 3 entries");

        robot.interact(() -> table().getSelectionModel().select(0));
        String details = fx(() -> robot.lookup("#auditDetails").queryAs(TextArea.class).getText());
        assertThat(details).contains("Who: clerk", "Terminal: " + BooksWorld.COUNTER, "Action: Order refunded (ORDER_REFUNDED)",
                "Event: " + BooksWorld.SHOW);
        Screenshots.save(stage.getScene().getRoot(), "admin-audit.png");
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntryView> table() {
        return (TableView<AuditEntryView>) stage.getScene().lookup("#auditTable");
    }

    private List<AuditEntryView> entries() {
        return List.copyOf(table().getItems());
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
