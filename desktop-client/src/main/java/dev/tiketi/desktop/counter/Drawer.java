package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.sales.CashSessionView;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The clerk's cash drawer at this terminal: whether it is open, and opening it with a counted float. */
public final class Drawer {
    private final ApiClient api;
    private final Threads threads;
    private final Messages m;
    private final Supplier<String> currency;
    private final Checkout.Status status;
    private final Consumer<Throwable> failed;
    private final StringProperty openingFloat = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CashSessionView> drawer = new ReadOnlyObjectWrapper<>();

    Drawer(ApiClient api, Threads threads, Messages m, Supplier<String> currency, Checkout.Status status, Consumer<Throwable> failed) {
        this.api = api;
        this.threads = threads;
        this.m = m;
        this.currency = currency;
        this.status = status;
        this.failed = failed;
    }

    public StringProperty openingFloatProperty() {
        return openingFloat;
    }

    /** The open cash session; null while the drawer is closed. */
    public ReadOnlyObjectProperty<CashSessionView> drawerProperty() {
        return drawer.getReadOnlyProperty();
    }

    /** Reads whether the drawer is open (after a cash-up on another tab, say). */
    void refresh() {
        threads.call(api::currentCashSession).onSuccess(s -> drawer.set(s.orElse(null))).onFailure(failed).start();
    }

    /** Opens the drawer with the float typed in {@link #openingFloatProperty()}. */
    public void open() {
        Long amount = Checkout.amount(openingFloat.get());
        if (amount == null) {
            status.say(m.text("counter.floatNeeded"), true);
            return;
        }
        threads.call(() -> api.openCashSession(amount)).onSuccess(s -> {
            drawer.set(s);
            openingFloat.set("");
            status.say(m.text("counter.drawerOpen", m.money(s.openingFloat(), currency.get())), false);
        }).onFailure(failed).start();
    }
}
