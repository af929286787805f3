package dev.tiketi.model.sales;

public enum TicketState {
    VALID, REFUNDED, EXCHANGED
}
