package dev.tiketi.desktop.kiosk.purchase;

/**
 * The cards a customer can present to the server's simulated card terminal (the test numbers of the server's
 * {@code SimulatedPaymentTerminal}): tapping or inserting one is pressing a button with it chosen. A real
 * terminal reads the card itself, and this choice goes away with the simulator.
 */
public enum SimulatedCard {
    APPROVED("4242424242424242"),
    DECLINED("4000000000000002"),
    NO_ANSWER("4000000000000119");

    private final String number;

    SimulatedCard(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }
}
