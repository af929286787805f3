package dev.tiketi.desktop.login;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Background;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.model.auth.Role;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The login form: server address and terminal name (remembered), user, password, language. */
public final class LoginViewModel {
    private final TerminalSettings settings;
    private final Consumer<Session> loggedIn;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty terminal = new SimpleStringProperty();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty("");
    private final BooleanProperty canSubmit = new SimpleBooleanProperty();

    public LoginViewModel(TerminalSettings settings, Locale locale, Consumer<Session> loggedIn) {
        this.settings = settings;
        this.loggedIn = loggedIn;
        server.set(settings.server());
        terminal.set(settings.terminal());
        language.set(locale);
        canSubmit.bind(username.isNotEmpty().and(password.isNotEmpty()).and(server.isNotEmpty()).and(busy.not()));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty terminalProperty() {
        return terminal;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A line above the form that is not an error ("Signed out."). */
    public javafx.beans.property.StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty canSubmitProperty() {
        return canSubmit;
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        Messages messages = new Messages(language.get());
        URI base;
        try {
            base = URI.create(server.get().strip());
            if (base.getScheme() == null || base.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            error.set(messages.text("login.badServer"));
            return;
        }
        String name = terminal.get() == null ? "" : terminal.get().strip();
        // sent as an HTTP header with every request: plain ASCII only
        if (!name.matches("[A-Za-z0-9 ._-]{0,64}")) {
            error.set(messages.text("login.badTerminal"));
            return;
        }
        String user = username.get().strip();
        String pass = password.get();
        busy.set(true);
        error.set("");
        Background.run(() -> {
            ApiClient api = new ApiClient(base, name);
            return new Object[] {api, api.login(user, pass)};
        }).onSuccess(r -> {
            ApiClient api = (ApiClient) r[0];
            dev.tiketi.model.auth.LoginResponse login = (dev.tiketi.model.auth.LoginResponse) r[1];
            if (login.role() == Role.CUSTOMER) {
                error.set(messages.text("login.notForCustomers"));
                return;
            }
            password.set("");
            settings.remember(base.toString(), name, language.get());
            loggedIn.accept(new Session(api, login, messages));
        }).onFailure(e -> error.set(messages.problem(e))).always(() -> busy.set(false)).start();
    }
}
