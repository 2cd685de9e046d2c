-- Of the records a receipt counts as stored, those that changed nothing: a resend of the same
-- content at the same version, or an older version than the one held. A record that brings
-- other figures under a version already stored is refused, not counted here.
alter table receipt add column unchanged int not null default 0;
