package dev.tiketi.server.orders;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.ExchangeResult;
import dev.tiketi.model.sales.OrderQuery;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderSummary;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderController {
    /** Set on the answer to a repeated Idempotency-Key: this is the earlier order, nothing new was charged. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final Purchases purchases;
    private final Refunds refunds;
    private final Exchanges exchanges;
    private final OrderViews views;
    private final TicketPrints prints;
    private final java.time.Clock clock;

    OrderController(Purchases purchases, Refunds refunds, Exchanges exchanges, OrderViews views, TicketPrints prints,
                    java.time.Clock clock) {
        this.clock = clock;
        this.purchases = purchases;
        this.refunds = refunds;
        this.exchanges = exchanges;
        this.views = views;
        this.prints = prints;
    }

    @Operation(summary = "Buy a live hold of the caller's (holdId), or 1-20 holds of one event as one order, all or none (holdIds): "
            + "CASH (counter only), CARD, or both. Needs an Idempotency-Key "
            + "header; repeating it returns the same order (header Idempotent-Replayed: true) and charges nothing. "
            + "Customers and kiosks send the waiting room's admission token while the event's queue is on; buying frees the slot.")
    @PostMapping(ApiPaths.ORDERS)
    ResponseEntity<OrderView> buy(@Valid @RequestBody OrderRequest request, @AuthenticationPrincipal CurrentUser user,
                                  @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String key,
                                  @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal,
                                  @RequestHeader(name = Headers.ADMISSION, required = false) String admission) {
        Purchases.Result result = purchases.purchase(request, key, user, terminal, admission);
        return ResponseEntity.status(HttpStatus.CREATED).header(REPLAYED, Boolean.toString(result.replayed())).body(result.order());
    }

    @Operation(summary = "One order with tickets and payments: the buyer's own, or any for staff.")
    @GetMapping(ApiPaths.ORDER)
    OrderView get(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user,
                  @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return views.visible(id, user, terminal, clock.instant()).orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
    }

    @Operation(summary = "Find orders by ticket code, order number, customer name, event or day bought (zone of the server). "
            + "Customers see only their own; a kiosk only what its terminal sold in the last 15 minutes.")
    @GetMapping(ApiPaths.ORDERS)
    PageResponse<OrderSummary> search(@RequestParam(name = OrderQuery.CODE, required = false) @Size(max = 40) String code,
                                      @RequestParam(name = OrderQuery.ORDER_NO, required = false) @Size(max = 16) String orderNo,
                                      @RequestParam(name = OrderQuery.NAME, required = false) @Size(max = 100) String name,
                                      @RequestParam(name = OrderQuery.EVENT, required = false) @Positive Long event,
                                      @RequestParam(name = OrderQuery.DATE, required = false) LocalDate date,
                                      @RequestParam(name = OrderQuery.PAGE, defaultValue = "0") @Min(0) @Max(100_000) int page,
                                      @RequestParam(name = OrderQuery.SIZE, defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                                      @AuthenticationPrincipal CurrentUser user,
                                      @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 9999)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter 'date' must be a day between the years 2000 and 9999.");
        }
        return views.search(new OrderViews.Query(blankToNull(code), blankToNull(orderNo), blankToNull(name), event, date),
                java.time.ZoneId.systemDefault(), user, terminal, clock.instant(), page, size);
    }

    @Operation(summary = "Refund the listed tickets, or all valid ones; money goes back to the original tender. Staff only.")
    @PostMapping(ApiPaths.ORDER_REFUND)
    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
    OrderView refund(@PathVariable @Positive long id, @Valid @RequestBody RefundRequest request,
                     @AuthenticationPrincipal CurrentUser user,
                     @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return refunds.refund(id, request, user, terminal);
    }

    @Operation(summary = "Exchange a ticket for the single seat or unit of a hold of the caller's, charging or refunding the "
            + "difference. Staff only.")
    @PostMapping(ApiPaths.ORDER_EXCHANGE)
    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
    ExchangeResult exchange(@PathVariable @Positive long id, @Valid @RequestBody ExchangeRequest request,
                            @AuthenticationPrincipal CurrentUser user,
                            @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        return exchanges.exchange(id, request, user, terminal);
    }

    @Operation(summary = "Printable tickets with QR codes and a receipt (PDF). Every print after the first is logged as a reprint.")
    @GetMapping(value = ApiPaths.ORDER_TICKETS_PDF, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> tickets(@PathVariable @Positive long id, @AuthenticationPrincipal CurrentUser user,
                                   @RequestHeader(name = Headers.TERMINAL, required = false) @Size(max = 64) String terminal) {
        OrderView order = views.visible(id, user, terminal, clock.instant()).orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
        byte[] pdf = prints.print(order, user, terminal);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"tickets-" + order.orderNo() + ".pdf\"").body(pdf);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
