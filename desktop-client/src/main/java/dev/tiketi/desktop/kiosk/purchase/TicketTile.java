package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.TicketView;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** One ticket on the kiosk's screen: its QR code large enough to scan off the glass, and what it is for. */
final class TicketTile extends VBox {
    /** About 6 cm on a 24" full-HD screen: a door scanner reads it at arm's length. */
    static final int QR_PIXELS = 260;

    TicketTile(TicketView t, Messages m) {
        ImageView qr = new ImageView(QrCodes.image(t.code(), QR_PIXELS));
        qr.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        qr.setAccessibleText(m.text("kiosk.purchase.qrAccessible", t.code()));
        qr.getStyleClass().add("kp-qr");
        Label what = label(t.seatLabel() == null ? t.tierName() : m.text("kiosk.purchase.ticketSeat", t.seatLabel(), t.tierName()), "kp-ticket-seat");
        Label event = label(t.eventName(), "kp-ticket-event");
        Label code = label(t.code(), "kp-ticket-code");
        getChildren().addAll(qr, what, event, code);
        getStyleClass().add("kp-ticket");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMaxWidth(QR_PIXELS + 20);
        return l;
    }
}
