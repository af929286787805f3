package dev.tiketi.desktop.admin.system;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import javafx.scene.Node;

/** The operations figures the original system planned: live sessions, rates per minute, Redis memory, queues. */
public final class SystemSection implements AdminSection {
    private final Session session;
    private final Notifier notifier;
    private SystemViewModel vm;

    public SystemSection(Session session, Notifier notifier) {
        this.session = session;
        this.notifier = notifier;
    }

    @Override
    public String id() {
        return "system";
    }

    @Override
    public String title() {
        return session.messages().text("system.nav");
    }

    @Override
    public Node view() {
        Messages m = session.messages();
        vm = new SystemViewModel(SystemApi.of(session.api()), Threads.terminal());
        vm.onFailure(e -> notifier.warning(m.problem(e)));
        return TiketiApp.load("admin/system/System.fxml", m, new SystemController(vm, m));
    }

    /** The model (tests). */
    public SystemViewModel model() {
        return vm;
    }
}
