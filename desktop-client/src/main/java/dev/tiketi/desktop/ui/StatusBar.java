package dev.tiketi.desktop.ui;

import dev.tiketi.desktop.Session;
import dev.tiketi.live.LiveClient;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line at the bottom of every screen: server, user, terminal, and whether the screen is live, with a
 * colour and a word (connected / reconnecting / offline, polling every 5 s).
 */
public final class StatusBar extends HBox {

    public StatusBar(Session session) {
        Messages m = session.messages();
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        Label server = new Label(m.text("status.server", session.api().base().getAuthority()));
        Label user = new Label(m.text("status.user", session.login().displayName(), m.text("role." + session.login().role())));
        String terminal = session.api().terminal();
        Label term = new Label(m.text("status.terminal", terminal == null || terminal.isBlank() ? "—" : terminal));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label live = new Label();
        live.setId("liveState");
        live.textProperty().bind(Bindings.createStringBinding(() -> text(m, session.liveStateProperty().get()),
                session.liveStateProperty()));
        session.liveStateProperty().addListener((o, a, b) -> style(live, b));
        style(live, session.liveStateProperty().get());
        getChildren().addAll(server, user, term, grow, live);
    }

    static String text(Messages m, LiveClient.State state) {
        return switch (state) {
            case CONNECTED -> m.text("live.connected");
            case CONNECTING, RECONNECTING -> m.text("live.reconnecting");
            case OFFLINE, CLOSED -> m.text("live.polling");
        };
    }

    private static void style(Label label, LiveClient.State state) {
        label.getStyleClass().removeAll("live-ok", "live-down");
        label.getStyleClass().add(state == LiveClient.State.CONNECTED ? "live-ok" : "live-down");
    }
}
