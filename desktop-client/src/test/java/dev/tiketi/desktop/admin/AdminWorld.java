package dev.tiketi.desktop.admin;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TestServer;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the admin panel's live screen tests share: a reset server with one event on sale, an admin's session, and
 * the panel in a 1280x800 window as the shell shows it (the toasts above it).
 */
public final class AdminWorld implements AutoCloseable {
    public final Api api = TestServer.api();
    public final String admin;
    public final String clerk;
    public final long venue;
    public final long event;
    public final List<Long> seats;
    public final Sales sales = new Sales(api);
    public Session session;
    public AdminPanel panel;
    public Notifier notifier;

    public AdminWorld(String eventName) {
        TestServer.reset();
        admin = api.login("admin", IntegrationTest.PASSWORD);
        clerk = api.login("clerk", IntegrationTest.PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        venue = fixtures.venue(Fixtures.smallVenue("세종문화회관"));
        event = fixtures.publishedEvent(Fixtures.onSale(eventName, venue));
        seats = sales.seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
    }

    /** Sells {@code seats} to {@code token} at {@code terminal} (null: online) through the API; returns nothing, fails loudly. */
    public void sell(String token, String terminal, Long... seatIds) {
        Api.Res hold = sales.holdSeats(event, token, terminal, seatIds);
        if (hold.status() != 201 && hold.status() != 200) {
            throw new IllegalStateException("hold refused: " + hold);
        }
        Api.Res order = sales.buyByCard(hold.body().get("holdId").asString(), token, terminal);
        if (order.status() >= 300) {
            throw new IllegalStateException("order refused: " + order);
        }
    }

    /** Holds seats and leaves the hold open; its id. */
    public String hold(String token, String terminal, Long... seatIds) {
        return sales.holdSeats(event, token, terminal, seatIds).body().get("holdId").asString();
    }

    /** Signs the admin in at a terminal of its own and shows the panel (call on the FX thread). */
    public void show(Stage stage, Locale locale) {
        ApiClient client = new ApiClient(URI.create(TestServer.base()), "admin-desk");
        session = new Session(client, client.login("admin", IntegrationTest.PASSWORD), new Messages(locale));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        notifier = new Notifier();
        panel = new AdminPanel(AdminSections.of(session, notifier));
        Scene scene = new Scene(new StackPane(panel.view(), notifier.layer()), 1280, 800);
        TiketiApp.stylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (panel != null) {
            panel.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
