package dev.tiketi.desktop.admin.reports;

import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.FileChooser;

/** The admin panel's reports: filters, tables with totals, CSV and PDF exports. */
public final class ReportsSection implements AdminSection {
    private final ReportsViewModel vm;
    private final Messages m;
    private final ReportsController.ExportTarget target;

    public ReportsSection(ReportsApi api, Messages m, Threads threads, Clock clock, ReportsController.ExportTarget target) {
        this.vm = new ReportsViewModel(api, m, threads, clock);
        this.m = m;
        this.target = target;
    }

    /** The terminal's: the server, a background pool, a file chooser. */
    public static ReportsSection of(dev.tiketi.desktop.Session session) {
        Messages m = session.messages();
        return new ReportsSection(new ServerReports(session.api()), m, Threads.terminal(), Clock.systemDefaultZone(),
                (owner, name, extension) -> choose(m, owner, name, extension));
    }

    static Optional<Path> choose(Messages m, javafx.stage.Window owner, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.text("reports.export." + extension));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public String title() {
        return m.text("admin.reports");
    }

    @Override
    public Node view() {
        Parent root = TiketiApp.load("/dev/tiketi/desktop/admin/reports/Reports.fxml", m, new ReportsController(vm, m, target));
        root.getStylesheets().add(ReportsSection.class.getResource("/dev/tiketi/desktop/admin/reports/reports.css").toExternalForm());
        return root;
    }

    @Override
    public void shown() {
        vm.start();
    }

    public ReportsViewModel viewModel() {
        return vm;
    }
}
