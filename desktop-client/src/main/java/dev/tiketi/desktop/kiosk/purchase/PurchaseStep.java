package dev.tiketi.desktop.kiosk.purchase;

/** Where a kiosk customer is in a purchase; each step is one screen. */
public enum PurchaseStep {
    /** The event and its hall are loading. */
    LOADING,
    /** Choosing seats on the map, the best available, or GA quantities. */
    SEATS,
    /** Seats held: tap or insert a card. */
    CARD,
    /** The terminal and the server are working: nothing to press. */
    PAYING,
    /** The card was declined: nothing charged, another card may be tried. */
    DECLINED,
    /** The terminal did not answer: nothing charged, try again. */
    NO_ANSWER,
    /** Some other failure; its text says whether trying again is safe. */
    PAY_FAILED,
    /** Paid: the tickets on screen and printed, a countdown back to the start. */
    TICKETS,
    /** Finished, cancelled or abandoned: the component is done. */
    ENDED
}
