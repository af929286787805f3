-- Waiting-room settings an admin has set for an event. An event without a row uses the server's defaults
-- (TIKETI_QUEUE_DEFAULT*). The live queue itself is in Redis; only the settings need to outlive it.
create table queue_settings (
    event_id bigint primary key references event (id) on delete cascade,
    mode text not null check (mode in ('AUTO', 'FORCED_ON', 'OFF')),
    threshold integer not null check (threshold between 1 and 1000000),
    admissions_per_minute integer not null check (admissions_per_minute between 1 and 1000000),
    idle_timeout_seconds integer not null check (idle_timeout_seconds between 30 and 86400),
    abandon_timeout_seconds integer not null check (abandon_timeout_seconds between 15 and 3600),
    updated_at timestamptz not null,
    updated_by bigint references app_user (id)
);
