package dev.tiketi.desktop.cashup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.CashReport;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting the drawer by note and coin without a toolkit: the total is exact, and a count that cannot be is refused. */
class CashCountTest {
    // never called: these tests close nothing
    private final CashUpViewModel vm = new CashUpViewModel(new ApiClient(URI.create("http://127.0.0.1:9"), "counter-1"),
            new Messages(Locale.ENGLISH));
    private final CashCount count = vm.count();

    private CashCount.Line line(long value) {
        return count.lines().stream().filter(l -> l.piece().value() == value).findFirst().orElseThrow();
    }

    @Test
    void everyNoteAndCoinAddsUpToTheWonExactly() {
        int[] pieces = {3, 7, 1, 9, 3, 8, 1, 4}; // 50,000 down to 10
        for (int i = 0; i < pieces.length; i++) {
            assertThat(count.count(count.lines().get(i), pieces[i])).isTrue();
        }

        // 150,000 + 70,000 + 5,000 + 9,000 + 1,500 + 800 + 50 + 40
        assertThat(count.totalProperty().get()).isEqualTo(236_390L);
        assertThat(line(10_000).subtotalProperty().get()).isEqualTo(70_000L);
        assertThat(line(10).subtotalProperty().get()).isEqualTo(40L);
    }

    @Test
    void theMostOfEveryKindStillAddsUpExactly() {
        count.lines().forEach(l -> count.count(l, CashCount.MAX_PIECES));

        assertThat(count.totalProperty().get()).isEqualTo(9_999L * (50_000 + 10_000 + 5_000 + 1_000 + 500 + 100 + 50 + 10));
    }

    @Test
    void aNewCountStartsFromNothing() {
        count.count(line(1_000), 12);
        count.clear();

        assertThat(count.totalProperty().get()).isZero();
        assertThat(count.lines()).allSatisfy(l -> assertThat(l.piecesProperty().get()).isZero());
    }

    @ParameterizedTest
    @CsvSource(value = {
        "'', true, 0",        // blank: none of this coin
        "4, true, 4",
        "0004, true, 4",      // leading zeros are still four
        "9999, true, 9999",   // the most a drawer holds of one kind
        "10000, false, 2",    // more than any drawer: a slip, the line keeps what it had
        "-1, false, 2",       // below zero
        "2.5, false, 2",      // half a note
        "abc, false, 2",
        "99999999999, false, 2"  // past int: refused, not an overflow
    })
    void whatTheClerkTypesIsCountedOrRefused(String typed, boolean accepted, int piecesAfter) {
        vm.countPieces(line(5_000), "2");

        assertThat(vm.countPieces(line(5_000), typed)).isEqualTo(accepted);
        assertThat(line(5_000).piecesProperty().get()).isEqualTo(piecesAfter);
        assertThat(count.totalProperty().get()).isEqualTo(5_000L * piecesAfter);
        assertThat(vm.errorProperty().get()).isEqualTo(!accepted);
        assertThat(vm.messageProperty().get()).isEqualTo(accepted ? "" : "A count of one note or coin is a whole number from 0 to 9,999.");
    }

    @Test
    void countingByNoteAndCoinClosesWithTheCountsTotalNotWhatWasTyped() {
        vm.countedProperty().set("100,000");
        assertThat(vm.countedAmount()).contains(100_000L);

        vm.byPiecesProperty().set(true);
        vm.countPieces(line(50_000), "1");
        vm.countPieces(line(10_000), "4");
        vm.countPieces(line(1_000), "9");
        vm.countPieces(line(500), "1");
        vm.countPieces(line(100), "4");
        vm.countPieces(line(50), "1");
        vm.countPieces(line(10), "4");

        assertThat(vm.countedAmount()).contains(99_990L);
        assertThat(vm.countedProperty().get()).as("the total shows where it is typed otherwise").isEqualTo("₩99,990");
        vm.drawerProperty().set(new CashSessionView(7, 1, "counter-1", Instant.EPOCH, 100_000, null, null));
        vm.reportProperty().set(new CashReport(7, 1, "Test clerk", "counter-1", Instant.EPOCH, null, 100_000, 100_000, null, null,
                List.of(), 0, 0, 0, 0, 0));
        assertThat(vm.variance()).contains("₩10 short");

        vm.byPiecesProperty().set(false);
        assertThat(vm.countedAmount()).as("the typed total again, starting from the count").contains(99_990L);
    }
}
