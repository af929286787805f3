package dev.tiketi.desktop;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.live.LiveClient;
import dev.tiketi.model.auth.LoginResponse;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A logged-in terminal: who, where, its REST client and its one live connection, whose state is a property
 * the status bar shows (staff must see when they are not live).
 */
public final class Session implements AutoCloseable {
    private final ApiClient api;
    private final LoginResponse login;
    private volatile Messages messages;
    private final LiveClient live;
    private final ReadOnlyObjectWrapper<LiveClient.State> liveState = new ReadOnlyObjectWrapper<>(LiveClient.State.CONNECTING);

    public Session(ApiClient api, LoginResponse login, Messages messages) {
        this.api = api;
        this.login = login;
        this.messages = messages;
        this.live = LiveClient.builder(api.base(), api::token).terminal(api.terminal())
                .backoff(Duration.ofMillis(250), Duration.ofSeconds(5)).connect();
        live.onState(s -> Platform.runLater(() -> liveState.set(s)));
    }

    public ApiClient api() {
        return api;
    }

    public LoginResponse login() {
        return login;
    }

    /** The texts in the terminal's language: the one chosen at sign-in, or a kiosk customer's choice. */
    public Messages messages() {
        return messages;
    }

    /**
     * A kiosk customer chose a language: screens built from now on speak it (the kiosk re-renders its own at once,
     * and returns to the terminal's language after each customer).
     */
    public void language(java.util.Locale locale) {
        if (!messages.locale().equals(locale)) {
            messages = new Messages(locale);
        }
    }

    public LiveClient live() {
        return live;
    }

    public ReadOnlyObjectProperty<LiveClient.State> liveStateProperty() {
        return liveState.getReadOnlyProperty();
    }

    @Override
    public void close() {
        live.close();
    }
}
