package dev.tiketi.desktop.sale;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import java.util.List;

/**
 * What the shared sale models ask of the server; {@code ApiClient} is the real one, a unit test passes its
 * own. Failures are {@code ApiException}s, as from the real client.
 */
public interface SaleApi {
    EventDetail event(long id);

    VenueLayout layout(long venueId);

    HoldView hold(long eventId, HoldRequest request);

    HoldView extend(String holdId);

    void release(String holdId);

    OrderView buy(String holdId, PaymentRequest payment, String customerName, String idempotencyKey);

    /** Buys several holds of one event as one order, all or none. */
    OrderView buyAll(List<String> holdIds, PaymentRequest payment, String customerName, String idempotencyKey);
}
