-- Accounts, venues with generated seat layouts, events with price tiers, the sold-seat guarantee and
-- the audit log. Money is bigint in whole units of the event's currency (KRW has no minor unit), so
-- sums are exact.

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('ADMIN', 'CLERK', 'KIOSK', 'CUSTOMER')),
    display_name  varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create unique index app_user_username_uk on app_user (lower(username));

create table venue (
    id           bigserial primary key,
    name         varchar(120) not null,
    address      varchar(300),
    -- the generator's input, so an admin can reopen and adjust a layout
    layout_spec  jsonb        not null,
    stage_x      double precision not null,
    stage_y      double precision not null,
    stage_width  double precision not null,
    stage_depth  double precision not null,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

create table venue_section (
    id         bigserial primary key,
    venue_id   bigint      not null references venue (id) on delete cascade,
    code       varchar(8)  not null,
    name       varchar(80) not null,
    sort_order int         not null,
    unique (venue_id, code)
);

create table seat (
    id          bigserial primary key,
    venue_id    bigint           not null references venue (id) on delete cascade,
    section_id  bigint           not null references venue_section (id) on delete cascade,
    row_label   varchar(4)       not null,
    seat_number int              not null,
    label       varchar(24)      not null,
    tier_code   varchar(32)      not null,
    x           double precision not null,
    y           double precision not null,
    accessible  boolean          not null default false,
    blocked     boolean          not null default false,
    row_order   int              not null,
    unique (venue_id, label),
    unique (section_id, row_label, seat_number)
);
create index seat_venue_idx on seat (venue_id);

create table event (
    id                 bigserial primary key,
    venue_id           bigint references venue (id),
    name               varchar(200) not null,
    description        varchar(4000),
    kind               varchar(16)  not null check (kind in ('RESERVED', 'GA')),
    starts_at          timestamptz  not null,
    sale_opens_at      timestamptz  not null,
    sale_closes_at     timestamptz  not null,
    -- the admin's decision; ON_SALE / UPCOMING / CLOSED of a PUBLISHED event follow from the sale window
    state              varchar(16)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
    hold_minutes       int          not null default 5 check (hold_minutes between 1 and 60),
    max_hold_minutes   int          not null default 20 check (max_hold_minutes between 1 and 240),
    per_customer_limit int          not null default 10 check (per_customer_limit between 1 and 100),
    currency           char(3)      not null default 'KRW',
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    check (sale_opens_at < sale_closes_at),
    check (kind = 'GA' or venue_id is not null)
);
create index event_starts_idx on event (starts_at);
create index event_venue_idx on event (venue_id);

create table event_tier (
    id         bigserial primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    code       varchar(32) not null,
    name       varchar(80) not null,
    price      bigint      not null check (price >= 0),
    capacity   int check (capacity is null or capacity > 0),
    sort_order int         not null,
    unique (event_id, code)
);

-- The final guarantee against overselling: whatever Redis says, one row per (event, seat).
-- The sales issue links each row to its ticket.
create table sold_seat (
    event_id bigint      not null references event (id),
    seat_id  bigint      not null references seat (id),
    sold_at  timestamptz not null default now(),
    primary key (event_id, seat_id)
);

create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor_id   bigint,
    actor_name varchar(64) not null,
    terminal   varchar(64),
    action     varchar(64) not null,
    entity     varchar(32) not null,
    entity_id  bigint,
    details    jsonb       not null default '{}'::jsonb
);
create index audit_log_entity_idx on audit_log (entity, entity_id);

-- Small facts the server keeps about itself (e.g. that demo data was loaded once).
create table app_setting (
    key   varchar(64) primary key,
    value varchar(200) not null
);
