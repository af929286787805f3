package dev.tiketi.desktop.cashup;

import dev.tiketi.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * The count form: a line per note and coin ("₩10,000 × [4] ₩40,000"), notes in one grid and coins in the other.
 * Each field takes digits only and hands what is typed to the view-model at once, so the total moves as the
 * clerk counts; Enter goes on to the next field.
 */
final class CashCountPane {
    private final List<TextField> fields = new ArrayList<>();

    CashCountPane(CashUpViewModel vm, Messages m, GridPane notes, GridPane coins, Node after) {
        notes.add(title(m.text("cashcount.notes")), 0, 0, 3, 1);
        coins.add(title(m.text("cashcount.coins")), 0, 0, 3, 1);
        for (CashCount.Line line : vm.count().lines()) {
            GridPane grid = line.piece().note() ? notes : coins;
            int row = grid.getRowCount();
            Label value = new Label(m.text("cashcount.piece", m.cash(line.piece().value())));
            TextField pieces = new TextField();
            pieces.setId("count-" + line.piece().value());
            pieces.setPrefColumnCount(4);
            pieces.setPromptText("0");
            // digits only, no more than the most a drawer can hold of one kind: a slip cannot even be typed
            int most = String.valueOf(CashCount.MAX_PIECES).length();
            pieces.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("[0-9]{0," + most + "}") ? c : null));
            pieces.textProperty().addListener((o, was, now) -> {
                if (!vm.countPieces(line, now)) {
                    pieces.setText(was);
                }
            });
            // a count cleared by the view-model (the drawer closed) clears the field
            line.piecesProperty().addListener((o, was, now) -> {
                if (now.intValue() == 0 && !pieces.getText().isEmpty() && !pieces.getText().matches("0+")) {
                    pieces.clear();
                }
            });
            Label subtotal = new Label();
            subtotal.getStyleClass().add("muted");
            subtotal.textProperty().bind(Bindings.createStringBinding(() -> m.cash(line.subtotalProperty().get()), line.subtotalProperty()));
            grid.addRow(row, value, pieces, subtotal);
            GridPane.setHalignment(value, HPos.RIGHT);
            GridPane.setHalignment(subtotal, HPos.RIGHT);
            fields.add(pieces);
        }
        for (GridPane grid : List.of(notes, coins)) {
            ColumnConstraints right = new ColumnConstraints();
            right.setMinWidth(Label.USE_PREF_SIZE);
            ColumnConstraints amount = new ColumnConstraints();
            amount.setMinWidth(110); // the column keeps its width while the subtotals grow
            grid.getColumnConstraints().setAll(right, new ColumnConstraints(), amount);
        }
        for (int i = 0; i < fields.size(); i++) {
            Node next = i + 1 < fields.size() ? fields.get(i + 1) : after;
            fields.get(i).setOnAction(e -> next.requestFocus());
        }
    }

    /** Where the keyboard starts counting. */
    Node first() {
        return fields.isEmpty() ? null : fields.get(0);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
