package dev.tiketi.desktop.admin.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event form's rules (the server's, before sending) and the request it makes, in the venue's zone. */
class EventFormTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final EventForm form = new EventForm(SEOUL);

    private void filled() {
        form.blank(LocalDate.of(2027, 1, 10));
        form.nameProperty().set("신년 음악회 2027");
        form.venueProperty().set(new VenueSummary(3, "세종문화회관", null, 74, "Asia/Seoul"));
        form.tiers().setAll(new TierRow("VIP", "VIP석", "100,000", ""), new TierRow("STD", "일반석", "50000", ""));
    }

    @Test
    void aFilledFormMakesTheRequestWithTimesInTheVenuesZone() {
        filled();
        assertThat(form.valid()).isTrue();
        EventRequest r = form.request();
        assertThat(r.name()).isEqualTo("신년 음악회 2027");
        assertThat(r.kind()).isEqualTo(EventKind.RESERVED);
        assertThat(r.venueId()).isEqualTo(3L);
        // the sale opens the day after "today" at 10:00 in Seoul, which is 01:00 UTC
        assertThat(r.saleOpensAt()).isEqualTo(Instant.parse("2027-01-11T01:00:00Z"));
        assertThat(r.startsAt()).isEqualTo(Instant.parse("2027-02-10T10:30:00Z"));
        assertThat(r.tiers()).containsExactly(new TierSpec("VIP", "VIP석", 100_000, null), new TierSpec("STD", "일반석", 50_000, null));
        assertThat(r.holdMinutes()).isEqualTo(5);
        assertThat(r.perCustomerLimit()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({
            "19:30, true",
            "7:30, false",   // two digits for the hour, as the placeholder shows
            "25:00, false",
            "'', false"})
    void timesAreTypedAsHoursAndMinutes(String time, boolean ok) {
        filled();
        form.startsTimeProperty().set(time);
        assertThat(form.startsProblem() == null).isEqualTo(ok);
    }

    @Test
    void theSaleMustCloseAfterItOpens() {
        filled();
        form.closesDateProperty().set(form.opensDateProperty().get());
        form.closesTimeProperty().set(form.opensTimeProperty().get());
        assertThat(form.closesProblem()).isEqualTo("admin.events.rule.window");
        assertThat(form.valid()).isFalse();
    }

    @Test
    void aReservedEventNeedsAVenueAndSeatedTiersNoCapacity() {
        filled();
        form.venueProperty().set(null);
        assertThat(form.venueProblem()).isEqualTo("admin.events.rule.venue");
        form.tiers().get(0).capacityProperty().set("100");
        assertThat(form.tiers().get(0).capacityProblem(false)).isEqualTo("admin.events.rule.noCapacity");
    }

    @Test
    void gaTiersNeedACapacityAndTheRequestCarriesIt() {
        filled();
        form.kindProperty().set(EventKind.GA);
        form.venueProperty().set(null);
        assertThat(form.valid()).isFalse();
        form.tiers().setAll(new TierRow("GEN", "스탠딩", "66000", "1,500"));
        assertThat(form.valid()).isTrue();
        assertThat(form.request().tiers()).containsExactly(new TierSpec("GEN", "스탠딩", 66_000, 1_500));
    }

    @ParameterizedTest
    @CsvSource({
            "5, 20, 10, ",                                   // the defaults
            "0, 20, 10, admin.events.rule.hold",             // a hold of no time
            "10, 5, 10, admin.events.rule.maxHoldBelow",     // the longest hold shorter than one hold
            "5, 20, 101, admin.events.rule.limit",           // over the server's 100
            "5, abc, 10, admin.events.rule.maxHold"})
    void holdTimesAndTheLimitFollowTheServersBounds(String hold, String maxHold, String limit, String problem) {
        filled();
        form.holdMinutesProperty().set(hold);
        form.maxHoldMinutesProperty().set(maxHold);
        form.perCustomerLimitProperty().set(limit);
        String found = form.holdProblem() != null ? form.holdProblem()
                : form.maxHoldProblem() != null ? form.maxHoldProblem() : form.limitProblem();
        assertThat(found).isEqualTo(problem);
    }

    @Test
    void aTierCodeTwiceOrNoTierAtAllIsRefused() {
        filled();
        form.tiers().get(1).codeProperty().set("VIP");
        assertThat(form.tiersProblem()).isEqualTo("admin.events.rule.tierTwice");
        form.tiers().clear();
        assertThat(form.tiersProblem()).isEqualTo("admin.events.rule.noTiers");
    }

    @Test
    void choosingAVenuePricesEachOfItsSeatTiersOnce() {
        filled();
        form.priceEvery(List.of("VIP", "STD", "BAL"));
        assertThat(form.tiers()).extracting(t -> t.codeProperty().get()).containsExactly("VIP", "STD", "BAL");
        assertThat(form.tiers().get(2).priceProblem()).as("a new tier's price is for the admin to type").isNotNull();
    }
}
