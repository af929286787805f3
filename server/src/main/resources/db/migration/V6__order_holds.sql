-- The holds each order was bought from: one row per hold, so an order may pay for several holds of its
-- event at once, and a repeated Idempotency-Key is compared with the whole set it was first sent with.
-- The primary key keeps "a hold becomes at most one order" (customer_order.hold_id now names only the first).
create table order_hold (
    hold_id  varchar(48) primary key,
    order_id bigint      not null references customer_order (id)
);
create index order_hold_order_idx on order_hold (order_id);
insert into order_hold (hold_id, order_id) select hold_id, id from customer_order;
