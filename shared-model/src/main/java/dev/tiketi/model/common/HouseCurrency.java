package dev.tiketi.model.common;

import java.util.Currency;

/**
 * The box office's own currency. Cash drawers, their floats and cash-up reports count in it and carry no currency
 * of their own; events carry theirs ({@code EventDetail.currency}) and default to this one.
 */
public final class HouseCurrency {
    public static final Currency CURRENCY = Currency.getInstance("KRW");
    /** The ISO 4217 code, as payloads spell currencies. */
    public static final String CODE = CURRENCY.getCurrencyCode();

    private HouseCurrency() {
    }
}
