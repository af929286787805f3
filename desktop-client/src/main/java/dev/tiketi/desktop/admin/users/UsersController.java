package dev.tiketi.desktop.admin.users;

import dev.tiketi.desktop.admin.forms.FieldDecorations;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UserView;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds {@code Users.fxml} to {@link UsersViewModel}; the password reset asks for the new password in a small dialog. */
final class UsersController {
    private final UsersViewModel vm;
    private final Messages m;
    @FXML
    private TableView<UserView> table;
    @FXML
    private TableColumn<UserView, String> usernameColumn;
    @FXML
    private TableColumn<UserView, String> nameColumn;
    @FXML
    private TableColumn<UserView, String> roleColumn;
    @FXML
    private TableColumn<UserView, String> enabledColumn;
    @FXML
    private Button resetButton;
    @FXML
    private Button toggleButton;
    @FXML
    private TextField username;
    @FXML
    private TextField displayName;
    @FXML
    private ComboBox<Role> role;
    @FXML
    private PasswordField password;
    @FXML
    private Button createButton;
    @FXML
    private Label message;

    UsersController(UsersViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        table.setItems(vm.users());
        usernameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.text("role." + c.getValue().role().name())));
        enabledColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                m.text(c.getValue().enabled() ? "admin.users.active" : "admin.users.off")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var chosen = table.getSelectionModel().selectedItemProperty();
        resetButton.disableProperty().bind(chosen.isNull().or(vm.busyProperty()));
        toggleButton.disableProperty().bind(chosen.isNull().or(vm.busyProperty()));
        toggleButton.textProperty().bind(Bindings.createStringBinding(() -> m.text(chosen.get() != null && !chosen.get().enabled()
                ? "admin.users.enable" : "admin.users.disable"), chosen));

        username.textProperty().bindBidirectional(vm.usernameProperty());
        displayName.textProperty().bindBidirectional(vm.displayNameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        role.getItems().setAll(UsersViewModel.ROLES);
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setButtonCell(roleCell());
        role.setCellFactory(l -> roleCell());
        createButton.disableProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());

        FieldDecorations decorations = new FieldDecorations(m, vm.errors());
        decorations.field(username, "username", username.textProperty(), vm::usernameProblem);
        decorations.field(displayName, "displayName", displayName.textProperty(), vm::displayNameProblem);
        decorations.field(password, "password", password.textProperty(), vm::passwordProblem);
    }

    private ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.text("role." + item.name()));
            }
        };
    }

    @FXML
    private void create() {
        vm.create();
    }

    @FXML
    private void toggleEnabled() {
        UserView u = table.getSelectionModel().getSelectedItem();
        if (u != null) {
            vm.setEnabled(u, !u.enabled());
        }
    }

    @FXML
    private void resetPassword() {
        UserView u = table.getSelectionModel().getSelectedItem();
        if (u == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(m.text("admin.users.reset"));
        dialog.setHeaderText(m.text("admin.users.resetFor", u.username()));
        PasswordField field = new PasswordField();
        field.setId("resetPasswordField");
        field.setPromptText(m.text("admin.users.passwordHint"));
        dialog.getDialogPane().setContent(new VBox(8, field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> UsersViewModel.passwordProblem(field.getText()) != null, field.textProperty()));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(ButtonType.OK::equals).isPresent()) {
            vm.resetPassword(u, field.getText());
        }
    }
}
