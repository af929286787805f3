package dev.tiketi.server.payments;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import java.time.Clock;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Charges, voids and refunds the card part of a payment through the {@link PaymentTerminal}, and records
 * every card payment that did not become a sale (declined, timed out, voided) for the cash-up report.
 */
@Component
public class CardPayments {
    private final PaymentTerminal terminal;
    private final JdbcClient jdbc;
    private final Clock clock;

    CardPayments(PaymentTerminal terminal, JdbcClient jdbc, Clock clock) {
        this.terminal = terminal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Charges the plan's card part; null when there is none. Declined or timed out: refused, nothing charged. */
    public PaymentTerminal.Authorization charge(TenderPlan plan, String reference, long userId, Long cashSessionId) {
        if (plan.card() == 0) {
            return null;
        }
        PaymentTerminal.Authorization auth = terminal.authorize(plan.cardNumber(), plan.card(), reference);
        switch (auth.status()) {
            case DECLINED -> {
                recordVoid("DECLINED", plan.card(), userId, cashSessionId);
                throw new ApiException(ErrorCode.PAYMENT_DECLINED);
            }
            case TIMEOUT -> {
                recordVoid("TIMEOUT", plan.card(), userId, cashSessionId);
                throw new ApiException(ErrorCode.PAYMENT_TERMINAL_TIMEOUT);
            }
            default -> {
                return auth;
            }
        }
    }

    /** The sale did not happen after all (the database refused it): give the money back. */
    public void cancel(PaymentTerminal.Authorization auth, long amount, long userId, Long cashSessionId) {
        if (auth == null) {
            return;
        }
        terminal.voidAuthorization(auth.authCode());
        recordVoid("VOIDED", amount, userId, cashSessionId);
    }

    public void refund(String authCode, long amount) {
        terminal.refund(authCode, amount);
    }

    private void recordVoid(String reason, long amount, long userId, Long cashSessionId) {
        jdbc.sql("insert into payment_void (reason, amount, cash_session_id, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(reason, amount, cashSessionId, userId, Timestamp.from(clock.instant())).update();
    }
}
