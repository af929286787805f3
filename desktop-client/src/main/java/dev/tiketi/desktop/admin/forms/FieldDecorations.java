package dev.tiketi.desktop.admin.forms;

import dev.tiketi.desktop.ui.Messages;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * ControlsFX {@link ValidationSupport} over one form: each field's decoration shows the view-model's own rule (a
 * message key, checked before anything is sent) and, once the server has refused, the server's words for that field.
 * The view-model decides; this only draws. Marks show once the form has been sent (or tried): {@link FormErrors#attempt()}.
 */
public final class FieldDecorations {
    private final ValidationSupport support = new ValidationSupport();
    private final Messages m;
    private final FormErrors errors;

    public FieldDecorations(Messages m, FormErrors errors) {
        this.m = m;
        this.errors = errors;
        support.errorDecorationEnabledProperty().bind(errors.attemptedProperty());
        errors.server().addListener((MapChangeListener<String, String>) c -> Platform.runLater(support::revalidate));
    }

    /**
     * Decorates {@code control}: {@code rule} gives a message key for what is wrong locally (null: fine); {@code field}
     * is the server's name for it. A change of {@code value} forgets the server's error for the field.
     */
    public void field(Control control, String field, ObservableValue<?> value, Supplier<String> rule) {
        value.addListener((o, a, b) -> errors.forget(field));
        support.registerValidator(control, false, (Validator<Object>) (c, ignored) -> {
            String local = rule.get();
            String server = errors.server(field);
            String text = local != null ? m.text(local) : server != null ? m.text("admin.form.server", server) : null;
            return ValidationResult.fromErrorIf(c, text, text != null);
        });
    }

    /** A field whose server path is computed (a row of a table that may move). */
    public void field(Control control, Supplier<String> field, ObservableValue<?> value, Supplier<String> rule) {
        value.addListener((o, a, b) -> errors.forget(field.get()));
        support.registerValidator(control, false, (Validator<Object>) (c, ignored) -> {
            String local = rule.get();
            String server = errors.server(field.get());
            String text = local != null ? m.text(local) : server != null ? m.text("admin.form.server", server) : null;
            return ValidationResult.fromErrorIf(c, text, text != null);
        });
    }

    public void revalidate() {
        support.revalidate();
    }

    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }

}
