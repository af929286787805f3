package dev.tiketi.server.payments;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.system.RuntimeMode;
import dev.tiketi.server.system.TiketiProperties;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A stand-in card terminal for demos and tests, decided by test card number:
 * {@value #DECLINE} is declined, {@value #TIMEOUT} times out (after {@code tiketi.payments.simulated-timeout}),
 * any other number that passes the Luhn check is approved. It keeps a ledger of what each authorisation
 * currently holds, so tests can prove nothing was charged twice. It approves fake cards, so in production
 * mode it works only when {@code TIKETI_PAYMENTS_SIMULATED=true} says so; otherwise card payments are
 * refused until a real terminal is plugged in.
 */
@Component
public class SimulatedPaymentTerminal implements PaymentTerminal {
    public static final String APPROVE = "4242424242424242";
    public static final String DECLINE = "4000000000000002";
    public static final String TIMEOUT = "4000000000000119";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, AtomicLong> ledger = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final boolean enabled;

    @Autowired
    SimulatedPaymentTerminal(@Value("${tiketi.payments.simulated-timeout:3s}") Duration timeout,
                             @Value("${tiketi.payments.simulated:#{null}}") Boolean simulated, TiketiProperties props) {
        this(timeout, simulated != null ? simulated : props.mode() == RuntimeMode.EMBEDDED);
        if (enabled && props.mode() == RuntimeMode.PRODUCTION) {
            LoggerFactory.getLogger(SimulatedPaymentTerminal.class)
                    .warn("Card payments go to the SIMULATED terminal (TIKETI_PAYMENTS_SIMULATED=true): no real money moves");
        }
    }

    SimulatedPaymentTerminal(Duration timeout, boolean enabled) {
        this.timeout = timeout;
        this.enabled = enabled;
    }

    @Override
    public Authorization authorize(String cardNumber, long amount, String reference) {
        if (!enabled) {
            throw new ApiException(ErrorCode.TENDER_NOT_ALLOWED,
                    "Card payments are not set up on this server (no payment terminal is configured).");
        }
        String last4 = cardNumber.substring(cardNumber.length() - 4);
        if (DECLINE.equals(cardNumber)) {
            return new Authorization(Authorization.Status.DECLINED, null, last4);
        }
        if (TIMEOUT.equals(cardNumber)) {
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Authorization(Authorization.Status.TIMEOUT, null, last4);
        }
        String code = "SIM-" + HexFormat.of().formatHex(randomBytes());
        ledger.put(code, new AtomicLong(amount));
        return new Authorization(Authorization.Status.APPROVED, code, last4);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    @Override
    public void voidAuthorization(String authCode) {
        ledger.remove(authCode);
    }

    @Override
    public void refund(String authCode, long amount) {
        AtomicLong held = ledger.get(authCode);
        if (held == null || held.addAndGet(-amount) < 0) {
            throw new IllegalStateException("refund of more than was charged to " + authCode);
        }
    }

    /** What all approved, not voided authorisations hold now, net of refunds. */
    public long netCharged() {
        return ledger.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public int authorizations() {
        return ledger.size();
    }
}
