package dev.tiketi.server.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedPaymentTerminalTest {

    @Test
    void switchedOffItTakesNoCardAtAll() {
        SimulatedPaymentTerminal off = new SimulatedPaymentTerminal(Duration.ZERO, false);
        assertThatThrownBy(() -> off.authorize(SimulatedPaymentTerminal.APPROVE, 1000, "r"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.TENDER_NOT_ALLOWED));
        assertThat(off.netCharged()).isZero();
    }

    @Test
    void switchedOnItDecidesByTestCardAndKeepsALedger() {
        SimulatedPaymentTerminal on = new SimulatedPaymentTerminal(Duration.ZERO, true);
        assertThat(on.authorize(SimulatedPaymentTerminal.DECLINE, 1000, "r").status())
                .isEqualTo(PaymentTerminal.Authorization.Status.DECLINED);
        assertThat(on.authorize(SimulatedPaymentTerminal.TIMEOUT, 1000, "r").status())
                .isEqualTo(PaymentTerminal.Authorization.Status.TIMEOUT);
        PaymentTerminal.Authorization ok = on.authorize(SimulatedPaymentTerminal.APPROVE, 1000, "r");
        assertThat(ok.approved()).isTrue();
        assertThat(ok.last4()).isEqualTo("4242");
        on.refund(ok.authCode(), 400);
        assertThat(on.netCharged()).isEqualTo(600);
        assertThatThrownBy(() -> on.refund(ok.authCode(), 601)).isInstanceOf(IllegalStateException.class);
        on.voidAuthorization(ok.authCode());
        assertThat(on.netCharged()).isZero();
    }
}
