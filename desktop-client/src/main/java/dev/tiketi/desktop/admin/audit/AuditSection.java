package dev.tiketi.desktop.admin.audit;

import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import javafx.scene.Node;
import javafx.scene.Parent;

/** The admin panel's audit log: who did what, where and when, filtered and paged. */
public final class AuditSection implements AdminSection {
    private final AuditViewModel vm;
    private final Messages m;

    public AuditSection(AuditApi api, Messages m, Threads threads) {
        this.vm = new AuditViewModel(api, m, threads);
        this.m = m;
    }

    public static AuditSection of(dev.tiketi.desktop.Session session) {
        return new AuditSection(AuditApi.of(session.api()), session.messages(), Threads.terminal());
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String title() {
        return m.text("admin.audit");
    }

    @Override
    public Node view() {
        Parent root = TiketiApp.load("/dev/tiketi/desktop/admin/audit/Audit.fxml", m, new AuditController(vm, m));
        root.getStylesheets().add(AuditSection.class.getResource("/dev/tiketi/desktop/admin/reports/reports.css").toExternalForm());
        return root;
    }

    @Override
    public void shown() {
        vm.start();
    }

    public AuditViewModel viewModel() {
        return vm;
    }
}
