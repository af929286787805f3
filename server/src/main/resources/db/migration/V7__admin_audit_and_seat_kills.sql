-- The admin panel: the audit log filtered by event and time, and seats taken off sale for one event.

-- The event an audit entry concerns (null for users, venues, cash sessions): holds and queue changes are
-- recorded against their event's id, orders against their own. Filled in by the insert from now on.
alter table audit_log add column event_id bigint;
update audit_log set event_id = entity_id where entity in ('event', 'hold');
update audit_log a set event_id = o.event_id from customer_order o where a.entity = 'order' and a.entity_id = o.id;
create index audit_log_at_idx on audit_log (at);
create index audit_log_event_idx on audit_log (event_id, at);

-- A seat taken off sale for one event after the layout was made: house seats, production holds, broken
-- seats. Redis refuses holds on it (hold scripts), this row keeps it killed across a Redis loss. A seat that
-- is sold or held cannot be killed (the kill script checks both in the same step as it kills).
create table seat_kill (
    event_id  bigint       not null references event (id) on delete cascade,
    seat_id   bigint       not null references seat (id) on delete cascade,
    reason    varchar(16)  not null check (reason in ('HOUSE', 'PRODUCTION', 'BROKEN')),
    note      varchar(200),
    killed_at timestamptz  not null,
    killed_by bigint references app_user (id),
    primary key (event_id, seat_id)
);
