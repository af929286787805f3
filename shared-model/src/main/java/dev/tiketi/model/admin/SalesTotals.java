package dev.tiketi.model.admin;

/** The sums of a sales report's rows (in the house currency when every event uses it). */
public record SalesTotals(int sold, long soldAmount, int refunded, long refundedAmount, int exchanged, long exchangedAmount,
                          long net) {
}
