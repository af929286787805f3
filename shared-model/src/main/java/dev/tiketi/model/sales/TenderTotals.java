package dev.tiketi.model.sales;

/** Sales and refunds of one tender within a cash session. */
public record TenderTotals(TenderType tender, long sales, int salesCount, long refunds, int refundsCount) {
}
