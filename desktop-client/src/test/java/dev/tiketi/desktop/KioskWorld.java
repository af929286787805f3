package dev.tiketi.desktop;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.kiosk.KioskFlow;
import dev.tiketi.desktop.kiosk.PurchaseStep;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Shoppers;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * What the kiosk's screen tests share: a crowd of real customers in an event's line (through the API), the
 * line as the server sees one kiosk, and a stand-in for the purchase screens that really holds a seat (with
 * the admission the kiosk hands on) and gives it back when abandoned.
 */
final class KioskWorld {
    private KioskWorld() {
    }

    /** A line of {@code size} customers, in arrival order; with threshold 1 the first is let in and stays. */
    static List<String> crowd(long eventId, int size) {
        var context = TestServer.get().context();
        List<String> tokens = new ArrayList<>();
        Queues queues = new Queues(TestServer.api());
        for (Shoppers.Shopper s : Shoppers.create(context.getBean(JdbcClient.class), context.getBean(JwtEncoder.class), size)) {
            queues.check(eventId, s.token());
            tokens.add(s.token());
        }
        return tokens;
    }

    /** One at a time, so whoever is in holds the line still: exact places for a test to read. */
    static void oneAtATime(long eventId, String admin) {
        new Queues(TestServer.api()).configure(eventId, admin, QueueMode.FORCED_ON, 1, 600, 300, 60);
    }

    static void leave(long eventId, List<String> tokens) {
        Queues queues = new Queues(TestServer.api());
        tokens.forEach(t -> queues.leave(eventId, t));
    }

    /** Where a kiosk (the kiosk account at {@code terminal}) stands, as the server says. */
    static QueueStatus status(long eventId, String terminal) {
        Api api = TestServer.api();
        String kiosk = api.login("kiosk", IntegrationTest.PASSWORD);
        return api.send("GET", "/api/queue/status/" + eventId, null, "application/json", kiosk, Map.of(Headers.TERMINAL, terminal))
                .as(QueueStatus.class);
    }

    static QueueAdminView line(long eventId) {
        Api api = TestServer.api();
        return api.get("/api/queue/admin/" + eventId, api.login("admin", IntegrationTest.PASSWORD)).as(QueueAdminView.class);
    }

    static Session session(String terminal, Locale language) {
        ApiClient api = new ApiClient(URI.create(TestServer.base()), terminal);
        return new Session(api, api.login("kiosk", IntegrationTest.PASSWORD), new Messages(language));
    }

    static KioskFlow.Timing timing(Duration idleAfter, Duration answerWithin, Duration turnMoment) {
        return new KioskFlow.Timing(idleAfter, answerWithin, turnMoment, Duration.ofSeconds(1));
    }

    /**
     * Stands in for the purchase screens: holds the best seat of the event's first tier as soon as it opens
     * (refused without the admission the kiosk handed to the API client) and releases it when abandoned.
     */
    static final class HoldingPurchase implements PurchaseStep {
        static final AtomicReference<HoldingPurchase> LAST = new AtomicReference<>();

        final AtomicReference<HoldView> held = new AtomicReference<>();
        final AtomicReference<Throwable> refused = new AtomicReference<>();
        private final ApiClient api;
        private final StackPane view;
        private Runnable finished = () -> { };

        HoldingPurchase(Session session, long eventId, Threads threads) {
            this.api = session.api();
            Label label = new Label("purchase " + eventId);
            view = new StackPane(label);
            view.setId("purchase");
            view.setAlignment(Pos.CENTER);
            LAST.set(this);
            threads.call(() -> {
                long tier = api.event(eventId).tiers().get(0).id();
                return api.hold(eventId, HoldRequest.bestAvailable(tier, 1, false));
            }).onSuccess(held::set).onFailure(refused::set).start();
        }

        void finish() {
            finished.run();
        }

        @Override
        public Parent view() {
            return view;
        }

        @Override
        public void onFinished(Runnable handler) {
            finished = handler;
        }

        @Override
        public void onCancelled(Runnable handler) {
        }

        @Override
        public void abandon() {
            HoldView h = held.getAndSet(null);
            if (h != null) {
                api.release(h.holdId()); // a test's stand-in may block: the kiosk calls this on the FX thread
            }
        }

        @Override
        public void close() {
        }
    }
}
