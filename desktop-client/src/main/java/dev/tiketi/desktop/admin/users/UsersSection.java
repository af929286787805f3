package dev.tiketi.desktop.admin.users;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import javafx.scene.Node;

/** Users: create clerks, kiosks and admins, reset passwords, disable and enable accounts. */
public final class UsersSection implements AdminSection {
    private final UsersViewModel vm;
    private final Messages m;

    public UsersSection(UserAdminApi api, Messages m, Threads threads, Notifier notifier) {
        this.m = m;
        this.vm = new UsersViewModel(api, m, threads);
        vm.onNotice(notifier::success);
    }

    public static UsersSection of(Session session, Notifier notifier) {
        return new UsersSection(UserAdminApi.over(session.api()), session.messages(), Threads.terminal(), notifier);
    }

    public UsersViewModel model() {
        return vm;
    }

    @Override
    public String id() {
        return "users";
    }

    @Override
    public String title() {
        return m.text("admin.users.nav");
    }

    @Override
    public Node view() {
        return TiketiApp.load("admin/Users.fxml", m, new UsersController(vm, m));
    }

    @Override
    public void shown() {
        vm.load();
    }
}
