-- The day the applicant received a fee notice (收费通知), when recorded: the days to pay run from the day after it
-- (interchange.md amendment 1). Null for every other event and for notices whose receipt was not recorded.
alter table request_event add column fee_received_on date;
