package dev.tiketi.server.payments;

/**
 * A card payment terminal. A venue plugs in its acquirer's by providing another bean of this type; the
 * server ships {@link SimulatedPaymentTerminal}. Card numbers go to the terminal and nowhere else: they are
 * never stored or logged.
 */
public interface PaymentTerminal {

    /** Outcome of an authorisation: APPROVED with an auth code, DECLINED, or TIMEOUT (nothing was charged). */
    record Authorization(Status status, String authCode, String last4) {
        public enum Status { APPROVED, DECLINED, TIMEOUT }

        public boolean approved() {
            return status == Status.APPROVED;
        }
    }

    Authorization authorize(String cardNumber, long amount, String reference);

    /** Cancels an approved authorisation that did not become a sale. */
    void voidAuthorization(String authCode);

    /** Gives back (part of) an approved payment to the same card. */
    void refund(String authCode, long amount);
}
