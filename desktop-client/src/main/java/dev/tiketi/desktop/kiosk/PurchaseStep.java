package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.ui.Threads;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * The purchase part of a visit (seats, payment, tickets) as the kiosk mode hosts it: the flow's {@link
 * KioskFlow.Purchase} plus its screen, shown below the kiosk's top bar. {@link #of} adapts any component with
 * those five methods, such as {@code kiosk.purchase.KioskPurchase}.
 */
public interface PurchaseStep extends KioskFlow.Purchase {
    Parent view();

    /** Opens the purchase for one event; made when the customer's turn comes, in the language chosen by then. */
    @FunctionalInterface
    interface Factory {
        PurchaseStep open(Session session, long eventId, Threads threads);
    }

    static PurchaseStep of(Supplier<Parent> view, Consumer<Runnable> onFinished, Consumer<Runnable> onCancelled,
                           Runnable abandon, Runnable close) {
        return of(view, onFinished, onCancelled, abandon, close, () -> false);
    }

    /** With {@code bought}: whether the purchase is paying or paid (see {@link KioskFlow.Purchase#bought()}). */
    static PurchaseStep of(Supplier<Parent> view, Consumer<Runnable> onFinished, Consumer<Runnable> onCancelled,
                           Runnable abandon, Runnable close, java.util.function.BooleanSupplier bought) {
        return new PurchaseStep() {
            @Override
            public boolean bought() {
                return bought.getAsBoolean();
            }

            @Override
            public Parent view() {
                return view.get();
            }

            @Override
            public void onFinished(Runnable handler) {
                onFinished.accept(handler);
            }

            @Override
            public void onCancelled(Runnable handler) {
                onCancelled.accept(handler);
            }

            @Override
            public void abandon() {
                abandon.run();
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
