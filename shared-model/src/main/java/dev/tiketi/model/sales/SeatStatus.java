package dev.tiketi.model.sales;

/** What a seat is for one event right now. The holder of a HELD seat is never told to anyone else. */
public enum SeatStatus {
    AVAILABLE, HELD, SOLD, BLOCKED
}
