package dev.tiketi.server.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.error.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenderPlanTest {
    private static final String CARD = "4242424242424242";

    @Test
    void cashAloneCoversTheTotalAndGivesChange() {
        TenderPlan plan = TenderPlan.of(PaymentRequest.of(Tender.cash(100_000)), 73_000, Channel.CLERK);
        assertThat(plan.cash()).isEqualTo(73_000);
        assertThat(plan.change()).isEqualTo(27_000);
        assertThat(plan.card()).isZero();
    }

    @Test
    void aSplitAddsUpExactly() {
        TenderPlan plan = TenderPlan.of(PaymentRequest.of(new Tender(TenderType.CASH, 30_000L, 50_000L, null),
                new Tender(TenderType.CARD, 43_000L, null, CARD)), 73_000, Channel.CLERK);
        assertThat(plan.cash()).isEqualTo(30_000);
        assertThat(plan.change()).isEqualTo(20_000);
        assertThat(plan.card()).isEqualTo(43_000);
        assertThat(plan.cardNumber()).isEqualTo(CARD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // description | tenders (type:amount:tendered:card, '-' = none) | channel | code
            "cash short of the total       | CASH:-:72999:-                      | CLERK  | INSUFFICIENT_CASH",
            "cash online                   | CASH:-:73000:-                      | ONLINE | TENDER_NOT_ALLOWED",
            "cash at a kiosk               | CASH:-:73000:-                      | KIOSK  | TENDER_NOT_ALLOWED",
            "card with a bad check digit   | CARD:-:-:4242424242424241           | ONLINE | CARD_INVALID",
            "parts do not add up           | CASH:30000:30000:-,CARD:40000:-:" + CARD + " | CLERK | PAYMENT_MISMATCH",
            "split without amounts         | CASH:-:30000:-,CARD:-:-:" + CARD + " | CLERK  | VALIDATION_FAILED",
            "two card parts                | CARD:30000:-:" + CARD + ",CARD:43000:-:" + CARD + " | CLERK | VALIDATION_FAILED",
            "cash without tendered         | CASH:-:-:-                          | CLERK  | VALIDATION_FAILED",
            "card without a number         | CARD:-:-:-                          | ONLINE | VALIDATION_FAILED",
            "exchange credit from a client | CREDIT:-:-:-                        | CLERK  | VALIDATION_FAILED",
    })
    void refusals(String description, String tenders, Channel channel, String code) {
        List<Tender> list = new ArrayList<>();
        for (String t : tenders.split(",")) {
            String[] p = t.split(":");
            list.add(new Tender(TenderType.valueOf(p[0]), p[1].equals("-") ? null : Long.valueOf(p[1]),
                    p[2].equals("-") ? null : Long.valueOf(p[2]), p[3].equals("-") ? null : p[3]));
        }
        assertThatThrownBy(() -> TenderPlan.of(new PaymentRequest(list), 73_000, channel))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code().name()).isEqualTo(code));
    }
}
