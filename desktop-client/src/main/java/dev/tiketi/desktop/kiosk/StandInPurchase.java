package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where the purchase screens go (kiosk.purchase.KioskPurchase, wired in {@link KioskOptions#of}): a screen
 * that says so and leads back to the start, holding nothing.
 */
final class StandInPurchase implements PurchaseStep {
    private final VBox view;
    private Runnable cancelled = () -> { };

    StandInPurchase(Session session, long eventId, Threads threads) {
        Messages m = session.messages();
        FontIcon icon = new FontIcon("mdi2s-seat-outline");
        icon.setIconSize(96);
        Label title = new Label(m.text("kiosk.standIn.title"));
        title.getStyleClass().add("kiosk-title");
        Label text = new Label(m.text("kiosk.standIn.text"));
        text.getStyleClass().add("kiosk-subtitle");
        text.setWrapText(true);
        Button back = new Button(m.text("kiosk.back"));
        back.getStyleClass().addAll("secondary", "big-button");
        back.setOnAction(e -> cancelled.run());
        view = new VBox(24, icon, title, text, back);
        view.getStyleClass().add("moment");
        view.setId("purchase");
        view.setAlignment(Pos.CENTER);
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void onFinished(Runnable handler) {
    }

    @Override
    public void onCancelled(Runnable handler) {
        this.cancelled = handler;
    }

    @Override
    public void abandon() {
    }

    @Override
    public void close() {
    }
}
