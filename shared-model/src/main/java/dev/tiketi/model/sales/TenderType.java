package dev.tiketi.model.sales;

/** CREDIT is the value of a ticket given back in an exchange; it is never requested by a client. */
public enum TenderType {
    CASH, CARD, CREDIT
}
