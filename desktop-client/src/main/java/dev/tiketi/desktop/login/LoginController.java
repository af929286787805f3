package dev.tiketi.desktop.login;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the login form to its view-model; nothing else. */
public final class LoginController {
    private final LoginViewModel vm;

    @FXML
    private TextField server;
    @FXML
    private TextField terminal;
    @FXML
    private TextField username;
    @FXML
    private PasswordField password;
    @FXML
    private ChoiceBox<Locale> language;
    @FXML
    private Button submit;
    @FXML
    private Label error;
    @FXML
    private Label notice;

    public LoginController(LoginViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        server.textProperty().bindBidirectional(vm.serverProperty());
        terminal.textProperty().bindBidirectional(vm.terminalProperty());
        username.textProperty().bindBidirectional(vm.usernameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        language.getItems().setAll(Locale.KOREAN, Locale.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayLanguage(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        // a terminal that knows its server starts at the user name: the clerk just types
        javafx.application.Platform.runLater(() -> (vm.serverProperty().get().isBlank() ? server : username).requestFocus());
    }

    @FXML
    private void submit() {
        vm.submit();
    }
}
