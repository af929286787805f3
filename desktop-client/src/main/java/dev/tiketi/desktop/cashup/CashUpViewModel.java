package dev.tiketi.desktop.cashup;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Background;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.common.HouseCurrency;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.TenderTotals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Cash-up: the drawer's running report, then close it with the cash counted and keep the report. The clerk types
 * the counted total, or counts note by note and coin by coin ({@link #count()}) and the total follows the count.
 */
public final class CashUpViewModel {
    private final ApiClient api;
    private final Messages m;
    private final ObjectProperty<CashSessionView> drawer = new SimpleObjectProperty<>();
    private final ObjectProperty<CashReport> report = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper("");
    private final StringProperty counted = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    // the drawer holds the house currency: its notes and coins are the ones counted
    private final CashCount count = new CashCount(Denominations.of(HouseCurrency.CURRENCY));
    private final BooleanProperty byPieces = new SimpleBooleanProperty();

    public CashUpViewModel(Session session) {
        this(session.api(), session.messages());
    }

    CashUpViewModel(ApiClient api, Messages m) {
        this.api = api;
        this.m = m;
        report.addListener((o, a, b) -> reportText.set(b == null ? "" : format(b)));
        // counting by note and coin, the counted total is the count's, shown where the total is typed otherwise
        count.totalProperty().addListener((o, a, b) -> showCountedTotal());
        byPieces.addListener((o, a, b) -> showCountedTotal());
    }

    public ObjectProperty<CashSessionView> drawerProperty() {
        return drawer;
    }

    public ObjectProperty<CashReport> reportProperty() {
        return report;
    }

    public ReadOnlyStringWrapper reportTextProperty() {
        return reportText;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    /** The notes and coins counted so far (empty lines when the house currency has no list: total only). */
    public CashCount count() {
        return count;
    }

    /** True while the drawer is counted note by note and coin by coin instead of typed as a total. */
    public BooleanProperty byPiecesProperty() {
        return byPieces;
    }

    /**
     * How many of {@code line}'s note or coin the clerk typed (blank is none); a count that cannot be (not a
     * whole number, below zero, more than {@link CashCount#MAX_PIECES}) is refused with a word why, and the line
     * keeps what it had.
     */
    public boolean countPieces(CashCount.Line line, String typed) {
        String digits = typed == null ? "" : typed.strip();
        boolean ok = digits.isEmpty() ? count.count(line, 0)
                : digits.matches("[0-9]{1,9}") && count.count(line, Integer.parseInt(digits));
        if (!ok) {
            say(m.text("cashcount.refused", CashCount.MAX_PIECES), true);
        }
        return ok;
    }

    /** The amount the drawer would close with: the count's total, or the typed total; empty when none is given. */
    public Optional<Long> countedAmount() {
        if (byPieces.get()) {
            return Optional.of(count.totalProperty().get());
        }
        String digits = counted.get() == null ? "" : counted.get().replaceAll("[,\\s원₩]", "");
        return digits.matches("[0-9]{1,12}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    public ReadOnlyStringWrapper messageProperty() {
        return message;
    }

    public ReadOnlyBooleanWrapper errorProperty() {
        return error;
    }

    /** Reads the open drawer and its report so far. */
    public void refresh() {
        Background.run(() -> {
            CashSessionView d = api.currentCashSession().orElse(null);
            return new Object[] {d, d == null ? null : api.cashReport(d.id())};
        }).onSuccess(r -> {
            drawer.set((CashSessionView) r[0]);
            if (r[1] != null || report.get() == null || report.get().closedAt() == null) {
                report.set((CashReport) r[1]);
            }
            if (r[0] == null && report.get() == null) {
                say(m.text("cashup.noDrawer"), false);
            }
        }).onFailure(this::failed).start();
    }

    /**
     * The difference the typed count would close the drawer with, as text ("−5,000원 short"), when it is not
     * zero; empty when it balances or cannot be told yet (no report, no count).
     */
    public Optional<String> variance() {
        CashReport r = report.get();
        Optional<Long> amount = countedAmount();
        if (r == null || drawer.get() == null || amount.isEmpty()) {
            return Optional.empty();
        }
        long difference = amount.get() - r.expectedCash();
        return difference == 0 ? Optional.empty()
                : Optional.of(m.text(difference < 0 ? "cashup.short" : "cashup.over", m.cash(Math.abs(difference))));
    }

    public void close() {
        CashSessionView d = drawer.get();
        Optional<Long> counted = countedAmount();
        if (d == null) {
            say(m.text("cashup.noDrawer"), true);
            return;
        }
        if (counted.isEmpty()) {
            say(m.text("cashup.countFirst"), true);
            return;
        }
        long amount = counted.get();
        Background.run(() -> api.closeCashSession(d.id(), amount)).onSuccess(r -> {
            report.set(r);
            drawer.set(null);
            count.clear();
            this.counted.set("");
            say(r.variance() == 0 ? m.text("cashup.balanced") : m.text("cashup.variance", m.cash(r.variance())), r.variance() != 0);
        }).onFailure(this::failed).start();
    }

    /** Saves the report as text in {@code folder} (for the printer or the office). */
    public void save(Path folder) {
        CashReport r = report.get();
        if (r == null) {
            say(m.text("cashup.nothing"), true);
            return;
        }
        String text = reportText.get();
        Background.run(() -> {
            Files.createDirectories(folder);
            Path file = folder.resolve("cash-session-" + r.sessionId() + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }).onSuccess(f -> say(m.text("counter.printed", f.getFileName()), false)).onFailure(this::failed).start();
    }

    String format(CashReport r) {
        StringBuilder s = new StringBuilder();
        s.append(m.text("cashup.title", r.sessionId(), r.clerkName(), r.terminal() == null ? "—" : r.terminal())).append('\n');
        s.append(m.text("cashup.opened", m.dateTime(r.openedAt()))).append('\n');
        if (r.closedAt() != null) {
            s.append(m.text("cashup.closed", m.dateTime(r.closedAt()))).append('\n');
        }
        s.append('\n');
        s.append(line(m.text("cashup.float"), m.cash(r.openingFloat())));
        s.append(line(m.text("cashup.expected"), m.cash(r.expectedCash())));
        s.append(line(m.text("cashup.counted"), r.countedCash() == null ? "—" : m.cash(r.countedCash())));
        s.append(line(m.text("cashup.varianceLine"), r.variance() == null ? "—" : m.cash(r.variance())));
        s.append('\n').append(m.text("cashup.byTender")).append('\n');
        for (TenderTotals t : r.byTender()) {
            s.append(line("  " + m.text("tender." + t.tender()), m.text("cashup.tenderLine", m.cash(t.sales()), t.salesCount(),
                    m.cash(t.refunds()), t.refundsCount())));
        }
        s.append('\n').append(m.text("cashup.counts", r.orders(), r.ticketsSold(), r.ticketsRefunded(), r.voids(), r.reprints()));
        return s.toString();
    }

    private static String line(String label, String value) {
        return String.format("%-22s %s%n", label, value);
    }

    private void showCountedTotal() {
        if (byPieces.get()) {
            counted.set(m.cash(count.totalProperty().get()));
        }
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private void failed(Throwable e) {
        say(m.problem(e), true);
    }
}
