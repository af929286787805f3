package dev.tiketi.desktop.admin.forms;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.model.error.FieldError;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The server's field errors of a form's last refusal, by the field path the server names ("name",
 * "tiers[0].price", "sections[1].code"). Toolkit-free: a view-model fills it from a failure, the view decorates the
 * matching control; editing a field forgets its server error, since the server has not seen the new value.
 */
public final class FormErrors {
    private final ObservableMap<String, String> server = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper attempted = new ReadOnlyBooleanWrapper();

    /**
     * Whether the admin has tried to send the form since it was last saved or emptied: what is wrong is marked from
     * then on, not while a fresh form is still being filled in.
     */
    public ReadOnlyBooleanProperty attemptedProperty() {
        return attempted.getReadOnlyProperty();
    }

    public void attempt() {
        attempted.set(true);
    }

    /** Sent and accepted (or a fresh form): nothing to mark. */
    public void done() {
        attempted.set(false);
        server.clear();
    }

    public ObservableMap<String, String> server() {
        return FXCollections.unmodifiableObservableMap(server);
    }

    /** The server's words for this field, or null. */
    public String server(String field) {
        return server.get(field);
    }

    /** Takes the field errors of a VALIDATION_FAILED refusal; returns whether there were any. */
    public boolean from(Throwable failure) {
        server.clear();
        if (failure instanceof ApiException e) {
            for (FieldError f : e.fieldErrors()) {
                server.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
            }
        }
        return !server.isEmpty();
    }

    public void forget(String field) {
        server.remove(field);
    }

    public void clear() {
        server.clear();
    }
}
