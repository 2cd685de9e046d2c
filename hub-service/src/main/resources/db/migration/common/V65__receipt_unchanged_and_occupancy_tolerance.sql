-- Of the records a receipt counts as stored, those that changed nothing: a resend of the same
-- content at the same version, or an older version than the one held. A record that brings
-- other figures under a version already stored is refused, not counted here.
alter table receipt add column unchanged int not null default 0;

-- How far above a hall's capacity a performance's tickets may go (standing places, added seats)
-- before its attendance lines are refused; above 100 % within it they are stored and flagged.
alter table dataset add column occupancy_tolerance_percent int not null default 10;
