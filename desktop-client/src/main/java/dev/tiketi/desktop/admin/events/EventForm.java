package dev.tiketi.desktop.admin.events;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event form's values as typed, its rules (the server's, checked before sending; each answers a message key or
 * null) and the request they make. Dates are picked as days, times typed as "19:30", both in the venue's zone
 * ({@code zone}: the terminal's, which stands at the venue).
 */
public final class EventForm {
    private final ZoneId zone;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(EventKind.RESERVED);
    private final ObjectProperty<VenueSummary> venue = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startsDate = new SimpleObjectProperty<>();
    private final StringProperty startsTime = new SimpleStringProperty("19:30");
    private final ObjectProperty<LocalDate> opensDate = new SimpleObjectProperty<>();
    private final StringProperty opensTime = new SimpleStringProperty("10:00");
    private final ObjectProperty<LocalDate> closesDate = new SimpleObjectProperty<>();
    private final StringProperty closesTime = new SimpleStringProperty("18:00");
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    private final StringProperty holdMinutes = new SimpleStringProperty("5");
    private final StringProperty maxHoldMinutes = new SimpleStringProperty("20");
    private final StringProperty perCustomerLimit = new SimpleStringProperty("10");

    public EventForm(ZoneId zone) {
        this.zone = zone;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<VenueSummary> venueProperty() {
        return venue;
    }

    public ObjectProperty<LocalDate> startsDateProperty() {
        return startsDate;
    }

    public StringProperty startsTimeProperty() {
        return startsTime;
    }

    public ObjectProperty<LocalDate> opensDateProperty() {
        return opensDate;
    }

    public StringProperty opensTimeProperty() {
        return opensTime;
    }

    public ObjectProperty<LocalDate> closesDateProperty() {
        return closesDate;
    }

    public StringProperty closesTimeProperty() {
        return closesTime;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }

    public StringProperty holdMinutesProperty() {
        return holdMinutes;
    }

    public StringProperty maxHoldMinutesProperty() {
        return maxHoldMinutes;
    }

    public StringProperty perCustomerLimitProperty() {
        return perCustomerLimit;
    }

    public boolean ga() {
        return kind.get() == EventKind.GA;
    }

    /** A whole number as typed ("50,000" too), or null. */
    static Long number(String text) {
        String v = text == null ? "" : text.strip().replace(",", "");
        if (!v.matches("-?[0-9]{1,15}")) {
            return null;
        }
        return Long.parseLong(v);
    }

    static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Instant at(LocalDate day, String time) {
        LocalTime t = time(time);
        return day == null || t == null ? null : LocalDateTime.of(day, t).atZone(zone).toInstant();
    }

    public String nameProblem() {
        String v = name.get().strip();
        return v.isEmpty() || v.length() > 200 ? "admin.events.rule.name" : null;
    }

    public String descriptionProblem() {
        return description.get().length() > 4000 ? "admin.events.rule.description" : null;
    }

    public String venueProblem() {
        return kind.get() == EventKind.RESERVED && venue.get() == null ? "admin.events.rule.venue" : null;
    }

    public String startsProblem() {
        return at(startsDate.get(), startsTime.get()) == null ? "admin.events.rule.when" : null;
    }

    public String opensProblem() {
        return at(opensDate.get(), opensTime.get()) == null ? "admin.events.rule.when" : null;
    }

    /** The window must close after it opens (and both be readable). */
    public String closesProblem() {
        Instant closes = at(closesDate.get(), closesTime.get());
        if (closes == null) {
            return "admin.events.rule.when";
        }
        Instant opens = at(opensDate.get(), opensTime.get());
        return opens != null && !opens.isBefore(closes) ? "admin.events.rule.window" : null;
    }

    public String holdProblem() {
        return within(holdMinutes.get(), 1, 60) ? null : "admin.events.rule.hold";
    }

    public String maxHoldProblem() {
        if (!within(maxHoldMinutes.get(), 1, 240)) {
            return "admin.events.rule.maxHold";
        }
        Long hold = number(holdMinutes.get());
        return hold != null && number(maxHoldMinutes.get()) < hold ? "admin.events.rule.maxHoldBelow" : null;
    }

    public String limitProblem() {
        return within(perCustomerLimit.get(), 1, 100) ? null : "admin.events.rule.limit";
    }

    /** The tier list as a whole: at least one, codes unique. */
    public String tiersProblem() {
        if (tiers.isEmpty()) {
            return "admin.events.rule.noTiers";
        }
        Set<String> codes = new HashSet<>();
        for (TierRow t : tiers) {
            if (!codes.add(t.codeProperty().get().strip())) {
                return "admin.events.rule.tierTwice";
            }
        }
        return tiers.size() > 20 ? "admin.events.rule.tooManyTiers" : null;
    }

    private static boolean within(String text, long min, long max) {
        Long v = number(text);
        return v != null && v >= min && v <= max;
    }

    public boolean valid() {
        return nameProblem() == null && descriptionProblem() == null && venueProblem() == null && startsProblem() == null
                && opensProblem() == null && closesProblem() == null && holdProblem() == null && maxHoldProblem() == null
                && limitProblem() == null && tiersProblem() == null && tiers.stream().allMatch(t -> t.valid(ga()));
    }

    /** The request; call only when {@link #valid()}. */
    public EventRequest request() {
        String text = description.get().strip();
        return new EventRequest(name.get().strip(), text.isEmpty() ? null : text, kind.get(),
                venue.get() == null ? null : venue.get().id(), at(startsDate.get(), startsTime.get()),
                at(opensDate.get(), opensTime.get()), at(closesDate.get(), closesTime.get()),
                tiers.stream().map(t -> t.spec(ga())).toList(), number(holdMinutes.get()).intValue(),
                number(maxHoldMinutes.get()).intValue(), number(perCustomerLimit.get()).intValue(), null);
    }

    /** A blank form for a new event: on sale from tomorrow 10:00 for a month, the show the day after. */
    public void blank(LocalDate today) {
        name.set("");
        description.set("");
        kind.set(EventKind.RESERVED);
        venue.set(null);
        opensDate.set(today.plusDays(1));
        opensTime.set("10:00");
        closesDate.set(today.plusDays(30));
        closesTime.set("18:00");
        startsDate.set(today.plusDays(31));
        startsTime.set("19:30");
        tiers.clear();
        holdMinutes.set("5");
        maxHoldMinutes.set("20");
        perCustomerLimit.set("10");
    }

    /** The form showing an event as the server has it. */
    public void fill(EventDetail e, List<VenueSummary> venues) {
        name.set(e.name());
        description.set(e.description() == null ? "" : e.description());
        kind.set(e.kind());
        venue.set(e.venue() == null ? null : venues.stream().filter(v -> v.id() == e.venue().id()).findFirst().orElse(e.venue()));
        set(e.startsAt(), startsDate, startsTime);
        set(e.saleOpensAt(), opensDate, opensTime);
        set(e.saleClosesAt(), closesDate, closesTime);
        tiers.setAll(e.tiers().stream().map(EventForm::row).toList());
        holdMinutes.set(Integer.toString(e.holdMinutes()));
        maxHoldMinutes.set(Integer.toString(e.maxHoldMinutes()));
        perCustomerLimit.set(Integer.toString(e.perCustomerLimit()));
    }

    private static TierRow row(TierView t) {
        return new TierRow(t.code(), t.name(), Long.toString(t.price()), t.capacity() == null ? "" : t.capacity().toString());
    }

    private void set(Instant at, ObjectProperty<LocalDate> day, StringProperty time) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        day.set(local.toLocalDate());
        time.set("%02d:%02d".formatted(local.getHour(), local.getMinute()));
    }

    /** Adds a row for each of the venue's seat tiers the form does not price yet (a seated event must price them all). */
    public void priceEvery(List<String> seatTierCodes) {
        Set<String> have = new HashSet<>(tiers.stream().map(t -> t.codeProperty().get().strip()).toList());
        for (String code : seatTierCodes) {
            if (have.add(code)) {
                tiers.add(new TierRow(code, code, "", ""));
            }
        }
    }
}
