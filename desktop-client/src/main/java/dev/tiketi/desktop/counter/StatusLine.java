package dev.tiketi.desktop.counter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The counter's message line: the last thing the counter told the clerk, and whether it was a refusal. */
public final class StatusLine implements Checkout.Status {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }
}
