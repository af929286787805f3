package dev.tiketi.server.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.server.error.ApiException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "VALID VALID, PAID",
            "EXCHANGED VALID, EXCHANGED",
            "REFUNDED VALID, PARTIALLY_REFUNDED",
            // an exchanged order that later lost a ticket to a refund is partly refunded
            "EXCHANGED REFUNDED VALID, PARTIALLY_REFUNDED",
            "REFUNDED REFUNDED, REFUNDED",
            "EXCHANGED REFUNDED, REFUNDED",
    })
    void theStateFollowsFromTheTickets(String tickets, OrderState expected) {
        assertThat(OrderStates.derive(states(tickets))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} may not become {1}")
    @CsvSource({
            "REFUNDED, VALID",
            "PARTIALLY_REFUNDED, VALID VALID",
            "EXCHANGED, VALID",
    })
    void itNeverMovesBackwards(OrderState current, String tickets) {
        assertThatThrownBy(() -> OrderStates.next(current, states(tickets))).isInstanceOf(ApiException.class);
    }

    private static List<TicketState> states(String text) {
        return Arrays.stream(text.split(" ")).map(TicketState::valueOf).toList();
    }
}
