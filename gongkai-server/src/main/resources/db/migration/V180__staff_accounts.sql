-- Staff accounts that an administrator manages: disabled accounts cannot sign in; a new or reset account
-- signs in with a one-time password and must choose its own before anything else. The platform's
-- 系统管理员 belongs to no agency.
alter table app_user add column disabled boolean default false not null;
alter table app_user add column must_change_password boolean default false not null;
alter table app_user alter column agency drop not null;
