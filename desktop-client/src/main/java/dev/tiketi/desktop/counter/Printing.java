package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Printers;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.sales.OrderView;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The last sale's tickets and receipt, on the terminal's printer or as a PDF that never replaces an earlier one. */
public final class Printing {
    private final ApiClient api;
    private final Threads threads;
    private final Messages m;
    private final Payment payment;
    private final Checkout.Status status;
    private final Consumer<Throwable> failed;
    private final StringProperty printer = new SimpleStringProperty("");

    Printing(ApiClient api, Threads threads, Messages m, Payment payment, Checkout.Status status, Consumer<Throwable> failed) {
        this.api = api;
        this.threads = threads;
        this.m = m;
        this.payment = payment;
        this.status = status;
        this.failed = failed;
    }

    /** The printer chosen for this terminal (remembered); empty saves PDFs. */
    public StringProperty printerProperty() {
        return printer;
    }

    /**
     * Prints the last order's tickets and receipt on the chosen printer, or, with none chosen (or it is
     * gone), saves the PDF in {@code folder} under a name not used before.
     */
    public void printLast(Path folder) {
        OrderView order = payment.orderProperty().get();
        if (order == null) {
            status.say(m.text("counter.nothingToPrint"), true);
            return;
        }
        String printerName = printer.get();
        threads.call(() -> Printers.printOrSave(printerName, api.ticketsPdf(order.id()), order.orderNo(), folder, order.orderNo() + ".pdf"))
                .onSuccess(where -> status.say(m.text("counter.printed", where), false)).onFailure(failed).start();
    }
}
