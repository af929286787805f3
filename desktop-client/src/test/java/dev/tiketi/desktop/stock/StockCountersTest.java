package dev.tiketi.desktop.stock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.Screenshots;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierAvailability;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Per-tier stock bars, headless, in Korean: exact numbers and prices, updated in place as the feed's list changes. */
@ExtendWith(ApplicationExtension.class)
class StockCountersTest {
    private static final Map<String, TierFacts> FACTS = Map.of(
            "R", new TierFacts("일반석", 50_000, "KRW"),
            "VIP", new TierFacts("VIP석", 150_000, "KRW"),
            "S", new TierFacts("S석", 80_000, "KRW"));
    private final ObservableList<TierAvailability> tiers = FXCollections.observableArrayList(
            new TierAvailability("R", 500, 320, 30, 150),
            new TierAvailability("VIP", 100, 0, 2, 98));
    private StockCounters counters;
    private VBox root;

    @Start
    void start(Stage stage) {
        counters = new StockCounters(new Messages(Locale.KOREAN), tiers, FACTS::get);
        root = new VBox(counters);
        root.setStyle("-fx-padding: 12; -fx-background-color: white;");
        Scene scene = new Scene(root, 420, 220);
        TiketiApp.stylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void oneBarPerTierWithExactNumbersAndPricesUpdatedInPlace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> counters.getChildren().stream().map(n -> ((TierStockBar) n).tierCode()).toList())).containsExactly("R", "VIP");
        assertThat(fx(() -> texts(counters.bar("R")))).containsExactly("일반석", "₩50,000", "■ 판매 150", "▨ 선점 30", "□ 잔여 320");
        assertThat(fx(() -> texts(counters.bar("VIP")))).containsExactly("VIP석", "₩150,000 · 매진", "■ 판매 98", "▨ 선점 2", "□ 잔여 0");
        assertThat(fx(() -> counters.bar("R").getAccessibleText()))
                .isEqualTo("일반석: 500석 중 320석 남음, 선점 30, 판매 150; ₩50,000");
        // the parts split the bar by capacity: 150 + 30 + 320 of 500
        double[] r = fx(() -> widths(counters.bar("R")));
        assertThat(r[0] / (r[0] + r[1] + r[2])).isCloseTo(0.30, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r[1] / (r[0] + r[1] + r[2])).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.01));
        Screenshots.save(root, "stock-counters.png");

        TierStockBar general = fx(() -> counters.bar("R"));
        robot.interact(() -> {
            tiers.set(0, new TierAvailability("R", 500, 296, 24, 180)); // the 30 held were sold, 24 more are held
            tiers.add(new TierAvailability("S", 1_200, 1_200, 0, 0));
        });
        assertThat(fx(() -> counters.bar("R"))).as("the same node, changed in place").isSameAs(general);
        assertThat(fx(() -> texts(general))).containsExactly("일반석", "₩50,000", "■ 판매 180", "▨ 선점 24", "□ 잔여 296");
        assertThat(fx(() -> texts(counters.bar("S")))).containsExactly("S석", "₩80,000", "■ 판매 0", "▨ 선점 0", "□ 잔여 1,200");

        robot.interact(() -> tiers.remove(1));
        assertThat(fx(() -> counters.getChildren().stream().map(n -> ((TierStockBar) n).tierCode()).toList())).containsExactly("R", "S");
        assertThat(fx(() -> counters.bar("VIP"))).isNull();
        Screenshots.save(root, "stock-counters-updated.png");
    }

    private static List<String> texts(Node bar) {
        return bar.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static double[] widths(TierStockBar bar) {
        return new double[] {width(bar, ".stock-sold"), width(bar, ".stock-held"), width(bar, ".stock-available")};
    }

    private static double width(Node bar, String selector) {
        return ((Region) bar.lookup(selector)).getWidth();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
