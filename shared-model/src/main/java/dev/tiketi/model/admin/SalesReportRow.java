package dev.tiketi.model.admin;

import dev.tiketi.model.sales.Channel;
import java.time.LocalDate;

/**
 * Ticket movements of one event, day, channel and tier. {@code sold}: tickets issued that day (exchanges issue
 * one too); {@code refunded} and {@code exchanged}: tickets refunded or exchanged away that day, at their price.
 * {@code net} = soldAmount - refundedAmount - exchangedAmount; over all days it is what the orders hold.
 */
public record SalesReportRow(long eventId, String eventName, LocalDate day, Channel channel, long tierId, String tierCode,
                             String tierName, String currency, int sold, long soldAmount, int refunded, long refundedAmount,
                             int exchanged, long exchangedAmount, long net) {
}
