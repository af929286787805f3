package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Node;

/** Events: the list and form (create, edit, publish, close, cancel with its summary) and the seat kills of one event. */
public final class EventsSection implements AdminSection {
    private final EventsViewModel vm;
    private final SeatKillsViewModel kills;
    private final Messages m;

    public EventsSection(EventAdminApi api, SaleApi sale, LiveFeeds feeds, Messages m, Threads threads, Clock clock,
                         Notifier notifier) {
        this.m = m;
        this.vm = new EventsViewModel(api, m, threads, clock);
        this.kills = new SeatKillsViewModel(api, sale, feeds, m, threads);
        vm.onNotice(notifier::success);
    }

    public static EventsSection of(Session session, Notifier notifier) {
        LiveFeeds feeds = LiveFeeds.of(session.live(), id -> () -> session.api().seats(id), id -> () -> session.api().stock(id),
                Duration.ofSeconds(5));
        return new EventsSection(EventAdminApi.over(session.api()), session.api(), feeds, session.messages(),
                Threads.terminal(), Clock.systemUTC(), notifier);
    }

    public EventsViewModel model() {
        return vm;
    }

    public SeatKillsViewModel kills() {
        return kills;
    }

    @Override
    public String id() {
        return "events";
    }

    @Override
    public String title() {
        return m.text("admin.events.nav");
    }

    @Override
    public Node view() {
        Node killsView = TiketiApp.load("admin/SeatKills.fxml", m, new SeatKillsController(kills, m));
        return TiketiApp.load("admin/Events.fxml", m, new EventsController(vm, m, killsView, kills::open));
    }

    @Override
    public void shown() {
        vm.load();
    }

    @Override
    public void close() {
        kills.close();
    }
}
