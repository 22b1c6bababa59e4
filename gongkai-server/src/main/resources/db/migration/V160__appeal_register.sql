-- The 表四 register: the 复议机关's or court's case number, the 复议机关 or court, and whether this agency is
-- sued only as the 复议机关 beside the organ whose act was reviewed (kept, but not counted in 表四).
alter table appeal add column case_number varchar(100);
alter table appeal add column body varchar(200);
alter table appeal add column review_organ_co_defendant boolean default false not null;
