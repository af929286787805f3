package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.admin.AdminSection;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.shell.ErrorDialogs;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.sales.SeatState;
import java.time.Clock;
import java.util.Map;
import javafx.scene.Node;

/** The admin panel's first section: one event's sales, stock, holds and watchers, live. */
public final class DashboardSection implements AdminSection {
    private final Session session;
    private final Notifier notifier;
    private DashboardViewModel vm;

    public DashboardSection(Session session, Notifier notifier) {
        this.session = session;
        this.notifier = notifier;
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public String title() {
        return session.messages().text("dashboard.nav");
    }

    @Override
    public Node view() {
        Messages m = session.messages();
        ApiClient api = session.api();
        DashboardApi dashboardApi = DashboardApi.of(api);
        LiveFeeds stockAndPresence = withoutSeats(LiveFeeds.of(session.live(), id -> () -> api.seats(id), id -> () -> api.stock(id),
                TiketiApp.POLL_EVERY));
        vm = new DashboardViewModel(dashboardApi, SalesFeeds.of(session.live(), dashboardApi, TiketiApp.POLL_EVERY),
                new LiveEvent((SaleApi) api, stockAndPresence, Threads.terminal()), Threads.terminal(), Clock.systemDefaultZone());
        Node view = TiketiApp.load("admin/dashboard/Dashboard.fxml", m, new DashboardController(vm, m));
        vm.onReleased(id -> notifier.success(m.text("dashboard.released")));
        // a refusal (the hold was paid or expired meanwhile) is news, not a fault: a notice says which
        vm.onFailure(e -> {
            if (e instanceof dev.tiketi.desktop.api.ApiException) {
                notifier.warning(m.problem(e));
            } else {
                ErrorDialogs.show(m, view.getScene() == null ? null : view.getScene().getWindow(), e);
            }
        });
        return view;
    }

    /** The dashboard counts seats by tier; following every seat of a large hall would cost it nothing it shows. */
    private static LiveFeeds withoutSeats(LiveFeeds feeds) {
        return new LiveFeeds() {
            @Override
            public Seats seats(long eventId, Runnable changed) {
                return new Seats() {
                    @Override
                    public Map<Long, SeatState> seats() {
                        return Map.of();
                    }

                    @Override
                    public long version() {
                        return 0;
                    }

                    @Override
                    public boolean live() {
                        return true;
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public Stock stock(long eventId, Runnable changed) {
                return feeds.stock(eventId, changed);
            }

            @Override
            public Presence presence(long eventId, Runnable changed) {
                return feeds.presence(eventId, changed);
            }
        };
    }

    @Override
    public void shown() {
        if (vm != null) {
            vm.picker().load();
        }
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.close();
        }
    }

    /** The model (tests). */
    public DashboardViewModel model() {
        return vm;
    }
}
