package dev.tiketi.desktop.admin.venues;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import javafx.scene.Node;

/** Venues and layouts: the generator's sections, a live preview on the seat map, blocked and accessible seats, save. */
public final class VenuesSection implements AdminSection {
    private final VenueEditor vm;
    private final Messages m;

    public VenuesSection(VenueAdminApi api, Messages m, Threads threads, Notifier notifier) {
        this.m = m;
        this.vm = new VenueEditor(api, m, threads);
        vm.onNotice(notifier::success);
    }

    public static VenuesSection of(Session session, Notifier notifier) {
        return new VenuesSection(VenueAdminApi.over(session.api()), session.messages(), Threads.terminal(), notifier);
    }

    public VenueEditor model() {
        return vm;
    }

    @Override
    public String id() {
        return "venues";
    }

    @Override
    public String title() {
        return m.text("admin.venues.nav");
    }

    @Override
    public Node view() {
        return TiketiApp.load("admin/Venues.fxml", m, new VenuesController(vm, m));
    }

    @Override
    public void shown() {
        vm.load();
    }
}
