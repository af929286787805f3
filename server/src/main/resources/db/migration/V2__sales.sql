-- Sales: orders, tickets, payments, GA stock units, cash sessions. Redis makes holds fast; these tables
-- make a sale certain: sold_seat's primary key refuses a second sale of a seat, and a GA sale must claim
-- free ga_unit rows (FOR UPDATE SKIP LOCKED), so no single counter row serialises a sell-out.

create table cash_session (
    id            bigserial primary key,
    clerk_id      bigint      not null references app_user (id),
    terminal      varchar(64),
    opened_at     timestamptz not null,
    opening_float bigint      not null check (opening_float >= 0),
    closed_at     timestamptz,
    counted_cash  bigint check (counted_cash is null or counted_cash >= 0),
    expected_cash bigint
);
-- one open session per clerk: a second "open" is refused by the database, not by luck
create unique index cash_session_open_uk on cash_session (clerk_id) where closed_at is null;

create table customer_order (
    id              bigserial primary key,
    order_no        varchar(16)  not null unique,
    event_id        bigint       not null references event (id),
    user_id         bigint       not null references app_user (id),
    channel         varchar(8)   not null check (channel in ('CLERK', 'KIOSK', 'ONLINE')),
    state           varchar(20)  not null check (state in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'EXCHANGED')),
    -- a hold becomes at most one order
    hold_id         varchar(48)  not null unique,
    idempotency_key varchar(100) not null,
    total           bigint       not null check (total >= 0),
    currency        char(3)      not null,
    customer_name   varchar(100),
    terminal        varchar(64),
    cash_session_id bigint references cash_session (id),
    created_at      timestamptz  not null,
    unique (user_id, idempotency_key)
);
create index customer_order_event_idx on customer_order (event_id);
create index customer_order_created_idx on customer_order (created_at);
create index customer_order_name_idx on customer_order (lower(customer_name));

create table ticket (
    id          bigserial primary key,
    order_id    bigint      not null references customer_order (id),
    event_id    bigint      not null references event (id),
    -- the QR payload: 128 random bits, so knowing one ticket tells nothing about another
    code        varchar(40) not null unique,
    tier_id     bigint      not null references event_tier (id),
    seat_id     bigint references seat (id),
    ga_unit     int,
    seat_label  varchar(24),
    price       bigint      not null check (price >= 0),
    channel     varchar(8)  not null,
    state       varchar(12) not null check (state in ('VALID', 'REFUNDED', 'EXCHANGED')),
    exchanged_to bigint references ticket (id),
    -- the hold it was sold from: lets the sweeper tell whether a sale whose server died reached the database
    hold_id     varchar(48) not null,
    created_at  timestamptz not null,
    changed_at  timestamptz,
    -- the cash session in which it was refunded or exchanged, for the cash-up report
    changed_session_id bigint references cash_session (id),
    check ((seat_id is null) <> (ga_unit is null))
);
create index ticket_order_idx on ticket (order_id);
create index ticket_hold_idx on ticket (hold_id);

alter table sold_seat add column ticket_id bigint references ticket (id);

-- One row per unit of a GA tier's capacity; ticket_id is set while the unit is sold.
create table ga_unit (
    tier_id   bigint not null references event_tier (id) on delete cascade,
    unit_no   int    not null,
    ticket_id bigint references ticket (id),
    primary key (tier_id, unit_no)
);
create index ga_unit_free_idx on ga_unit (tier_id, unit_no) where ticket_id is null;
-- GA tiers saved before this migration get their units now
insert into ga_unit (tier_id, unit_no)
select t.id, g from event_tier t cross join generate_series(1, t.capacity) g where t.capacity is not null;

create table payment (
    id              bigserial primary key,
    order_id        bigint      not null references customer_order (id),
    kind            varchar(8)  not null check (kind in ('SALE', 'REFUND')),
    tender          varchar(8)  not null check (tender in ('CASH', 'CARD', 'CREDIT')),
    -- always positive; kind says which way the money went
    amount          bigint      not null check (amount >= 0),
    tendered        bigint,
    change_given    bigint,
    card_last4      varchar(4),
    auth_code       varchar(40),
    cash_session_id bigint references cash_session (id),
    created_by      bigint      not null references app_user (id),
    created_at      timestamptz not null
);
create index payment_order_idx on payment (order_id);
create index payment_session_idx on payment (cash_session_id);

-- Card payments that did not become a sale: declined, timed out, or voided after the database refused
-- the sale. The cash-up report counts them.
create table payment_void (
    id              bigserial primary key,
    reason          varchar(16) not null check (reason in ('DECLINED', 'TIMEOUT', 'VOIDED')),
    amount          bigint      not null,
    cash_session_id bigint references cash_session (id),
    created_by      bigint      not null references app_user (id),
    created_at      timestamptz not null
);

-- How each hold that was claimed for payment ended, decided once: the sale writes SOLD in its transaction,
-- the sweeper writes RELEASED when it gives up on a claim whose payment never finished. Whoever inserts
-- first wins (the other waits on the row and then sees the conflict), so a hold is never both.
create table hold_outcome (
    hold_id varchar(48) primary key,
    outcome varchar(8)  not null check (outcome in ('SOLD', 'RELEASED')),
    at      timestamptz not null
);

create table ticket_print (
    id              bigserial primary key,
    order_id        bigint      not null references customer_order (id),
    reprint         boolean     not null,
    cash_session_id bigint references cash_session (id),
    printed_by      bigint      not null references app_user (id),
    printed_at      timestamptz not null
);
create index ticket_print_order_idx on ticket_print (order_id);
