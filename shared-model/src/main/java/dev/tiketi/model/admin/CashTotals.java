package dev.tiketi.model.admin;

/**
 * Cash sessions added up under one {@code name} (a clerk's username, a terminal, or "all"). {@code variance} is
 * the closed sessions' counted minus expected cash (negative: short); open sessions count in
 * {@code openSessions} and add no variance.
 */
public record CashTotals(String name, int sessions, int openSessions, long openingFloat, long expectedCash, long countedCash,
                         long variance, long cashSales, long cashRefunds, long cardSales, long cardRefunds) {
}
