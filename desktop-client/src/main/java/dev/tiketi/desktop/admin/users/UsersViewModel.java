package dev.tiketi.desktop.admin.users;

import dev.tiketi.desktop.admin.forms.FormErrors;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.auth.CreateUserRequest;
import dev.tiketi.model.auth.PasswordRules;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UpdateUserRequest;
import dev.tiketi.model.auth.UserView;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The users section: staff and kiosk accounts, a form to create one, password resets, disable and enable. Rules are
 * checked here before anything is sent (the same as the server's: {@link PasswordRules}); what the server still
 * refuses lands in {@link #errors()} by field. Customers register themselves and are not listed for creation.
 */
public final class UsersViewModel {
    /** The roles an admin creates here; customers register online. */
    public static final List<Role> ROLES = List.of(Role.CLERK, Role.KIOSK, Role.ADMIN);

    private final UserAdminApi api;
    private final Messages m;
    private final Threads threads;
    private final ObservableList<UserView> users = FXCollections.observableArrayList();
    private final ObservableList<UserView> usersView = FXCollections.unmodifiableObservableList(users);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CLERK);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final FormErrors errors = new FormErrors();
    private Consumer<String> notices = s -> { };

    public UsersViewModel(UserAdminApi api, Messages m, Threads threads) {
        this.api = api;
        this.m = m;
        this.threads = threads;
    }

    public ObservableList<UserView> users() {
        return usersView; // one wrapper: a view listened to must live as long as the model
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }

    /** Successes worth a notification (the section hands them to the shell's notifier). */
    public void onNotice(Consumer<String> listener) {
        notices = listener == null ? s -> { } : listener;
    }

    /** A message key for what is wrong with the user name, or null. */
    public String usernameProblem() {
        return username.get().strip().matches(PasswordRules.USERNAME_PATTERN) ? null : "admin.users.rule.username";
    }

    public String displayNameProblem() {
        String v = displayName.get().strip();
        return v.isEmpty() || v.length() > 100 ? "admin.users.rule.displayName" : null;
    }

    public String passwordProblem() {
        return passwordProblem(password.get());
    }

    /** The server's rule: 10 to 72 characters, and at most 72 bytes in UTF-8 (what the hash keeps). */
    public static String passwordProblem(String value) {
        String v = value == null ? "" : value;
        return v.length() < PasswordRules.MIN_LENGTH || v.getBytes(StandardCharsets.UTF_8).length > PasswordRules.MAX_LENGTH
                ? "admin.users.rule.password" : null;
    }

    public boolean formValid() {
        return usernameProblem() == null && displayNameProblem() == null && passwordProblem() == null && role.get() != null;
    }

    public void load() {
        threads.call(api::users).onSuccess(this::show).onFailure(this::failed).start();
    }

    public void create() {
        errors.attempt();
        if (!formValid()) {
            message.set(m.text("admin.form.fix"));
            return;
        }
        CreateUserRequest request = new CreateUserRequest(username.get().strip(), password.get(), displayName.get().strip(), role.get());
        run(() -> api.create(request), created -> {
            errors.done();
            username.set("");
            displayName.set("");
            password.set("");
            String text = m.text("admin.users.created", created.username(), m.text("role." + created.role().name()));
            message.set(text);
            notices.accept(text);
        });
    }

    public void resetPassword(UserView user, String newPassword) {
        if (passwordProblem(newPassword) != null) {
            message.set(m.text(passwordProblem(newPassword)));
            return;
        }
        run(() -> api.update(user.id(), new UpdateUserRequest(null, null, null, newPassword)), u -> {
            String text = m.text("admin.users.passwordReset", u.username());
            message.set(text);
            notices.accept(text);
        });
    }

    public void setEnabled(UserView user, boolean enabled) {
        run(() -> api.update(user.id(), new UpdateUserRequest(null, null, enabled, null)), u -> {
            String text = m.text(enabled ? "admin.users.enabled" : "admin.users.disabled", u.username());
            message.set(text);
            notices.accept(text);
        });
    }

    private void run(java.util.concurrent.Callable<UserView> call, Consumer<UserView> done) {
        busy.set(true);
        errors.clear();
        threads.call(() -> {
            UserView result = call.call();
            return new Done(result, api.users());
        }).onSuccess(d -> {
            show(d.users());
            done.accept(d.user());
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    private record Done(UserView user, List<UserView> users) {
    }

    private void show(List<UserView> list) {
        users.setAll(list.stream().sorted(Comparator.comparing(UserView::role).thenComparing(UserView::username)).toList());
    }

    private void failed(Throwable e) {
        errors.from(e);
        message.set(m.problem(e)); // OWN_ACCOUNT_PROTECTED has its own sentence: ask another admin
    }
}
