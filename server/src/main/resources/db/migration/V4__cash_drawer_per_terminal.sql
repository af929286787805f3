-- A cash drawer is one clerk at one terminal: a clerk may have a session open at each terminal they work,
-- but never two at the same one. Requests without a terminal name count as one terminal ('').
drop index cash_session_open_uk;
create unique index cash_session_open_uk on cash_session (clerk_id, coalesce(terminal, '')) where closed_at is null;
