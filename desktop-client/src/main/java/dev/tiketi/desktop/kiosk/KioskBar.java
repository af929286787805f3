package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar across the top of every kiosk screen: the brand, the event chosen, and the two things a customer
 * may set at any time before buying: the language (each named in itself) and large text.
 */
final class KioskBar extends HBox {

    KioskBar(Messages m, KioskFlow flow) {
        getStyleClass().add("kiosk-bar");
        setId("kioskBar");
        FontIcon logo = new FontIcon("mdi2t-ticket-confirmation");
        logo.setIconSize(34);
        Label brand = new Label(m.text("kiosk.brand"), logo);
        brand.getStyleClass().add("brand");
        brand.setMinWidth(Region.USE_PREF_SIZE); // on a narrow (portrait) screen the event's name gives way, not these
        Label chosen = new Label();
        chosen.setId("barEvent");
        chosen.getStyleClass().add("bar-event");
        chosen.setMinWidth(0);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            KioskEvent e = flow.eventProperty().get();
            return e == null ? "" : e.name() + "  ·  " + m.dateTime(e.startsAt());
        }, flow.eventProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ToggleGroup languages = new ToggleGroup();
        ToggleButton korean = language(m, languages, flow, Locale.KOREAN, "kiosk.language.ko", "languageKo");
        ToggleButton english = language(m, languages, flow, Locale.ENGLISH, "kiosk.language.en", "languageEn");
        // the purchase screens are built in the language chosen before them: it is chosen here, not mid-way
        korean.visibleProperty().bind(flow.stepProperty().isNotEqualTo(KioskFlow.Step.PURCHASE));
        korean.managedProperty().bind(korean.visibleProperty());
        english.visibleProperty().bind(korean.visibleProperty());
        english.managedProperty().bind(korean.visibleProperty());

        FontIcon size = new FontIcon("mdi2f-format-size");
        size.setIconSize(28);
        ToggleButton large = new ToggleButton(m.text("kiosk.largeText"), size);
        large.setId("largeText");
        large.selectedProperty().bindBidirectional(flow.largeTextProperty());
        large.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> m.text("kiosk.largeText.accessible", large.isSelected() ? 1 : 0), large.selectedProperty()));
        for (ToggleButton b : new ToggleButton[] {korean, english, large}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(brand, chosen, grow, korean, english, large);
    }

    private static ToggleButton language(Messages m, ToggleGroup group, KioskFlow flow, Locale locale, String key, String id) {
        ToggleButton b = new ToggleButton(m.text(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(flow.languageProperty().get().getLanguage().equals(locale.getLanguage()));
        b.setAccessibleText(m.text("kiosk.language.accessible", m.text(key)));
        // a language button stays pressed: touching the chosen one again changes nothing
        b.setOnAction(e -> {
            b.setSelected(true);
            flow.languageProperty().set(locale);
        });
        return b;
    }
}
