package dev.tiketi.desktop.admin.queue;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.shell.ErrorDialogs;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import java.time.Clock;
import javafx.scene.Node;

/** Queue control: an event's waiting-room settings with their what-if, the live line, clearing it. */
public final class QueueControlSection implements AdminSection {
    private final Session session;
    private final Notifier notifier;
    private QueueControlViewModel vm;

    public QueueControlSection(Session session, Notifier notifier) {
        this.session = session;
        this.notifier = notifier;
    }

    @Override
    public String id() {
        return "queue";
    }

    @Override
    public String title() {
        return session.messages().text("queueControl.nav");
    }

    @Override
    public Node view() {
        Messages m = session.messages();
        vm = new QueueControlViewModel(QueueAdminApi.of(session.api()), Threads.terminal(), Clock.systemDefaultZone());
        Node view = TiketiApp.load("admin/queue/QueueControl.fxml", m, new QueueControlController(vm, m));
        vm.onNotice(key -> notifier.success(m.text(key)));
        vm.onFailure(e -> {
            if (e instanceof ApiException) {
                notifier.warning(m.problem(e));
            } else {
                ErrorDialogs.show(m, view.getScene() == null ? null : view.getScene().getWindow(), e);
            }
        });
        return view;
    }

    @Override
    public void shown() {
        if (vm != null) {
            vm.picker().load();
        }
    }

    /** The model (tests). */
    public QueueControlViewModel model() {
        return vm;
    }
}
