-- Gongkai schema, version 1. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Amounts are stored as the exact decimal text (BigDecimal.toPlainString), so "300.50" stays "300.50".

create table agency (
    code        varchar(64)  primary key,
    name        varchar(200) not null,
    parent      varchar(64)  references agency (code)
);

create table app_user (
    username      varchar(64)  primary key,
    display_name  varchar(100) not null,
    agency        varchar(64)  not null references agency (code),
    password_hash varchar(200)
);

create table user_role (
    username varchar(64) not null references app_user (username),
    role     varchar(32) not null,
    primary key (username, role)
);

-- One row per application: its identity and the projection lists and dashboards read.
-- The truth is in request_event; everything from state to outcome can be recomputed from it.
create table disclosure_request (
    id                  varchar(64)  primary key,
    agency              varchar(64)  not null references agency (code),
    applicant_type      varchar(40)  not null,
    channel             varchar(20)  not null,
    client_key          varchar(100) unique,
    subject             varchar(2000),
    applicant_name      varchar(500),
    applicant_id_number varchar(500),
    applicant_phone     varchar(500),
    applicant_address   varchar(1000),
    received_on         date         not null,
    state               varchar(30)  not null,
    due_on              date,
    due_provisional     boolean      not null default false,
    finished_on         date,
    outcome             varchar(40),
    version             bigint       not null,
    created_at          timestamp with time zone not null
);
create index disclosure_request_agency_state on disclosure_request (agency, state, due_on);
create index disclosure_request_agency_received on disclosure_request (agency, received_on);

create table request_event (
    request_id   varchar(64)  not null references disclosure_request (id),
    seq          int          not null,
    type         varchar(40)  not null,
    on_date      date         not null,
    respond_by   date,
    party        varchar(20),
    working_days int,
    amount_yuan  varchar(40),
    outcome      varchar(40),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamp with time zone not null,
    primary key (request_id, seq)
);

-- Serial numbers: tracking numbers of requests, index numbers of publications.
create table serial_counter (
    series        varchar(20) not null,
    agency        varchar(64) not null references agency (code),
    calendar_year int         not null,
    last_value    int         not null,
    primary key (series, agency, calendar_year)
);

create table publication (
    id              varchar(64)   primary key,
    agency          varchar(64)   not null references agency (code),
    kind            varchar(30)   not null,
    index_number    varchar(64)   not null unique,
    title           varchar(1000) not null,
    document_number varchar(200),
    article20_item  int           not null,
    issued_on       date          not null,
    published_on    date          not null,
    repealed_on     date,
    expires_on      date,
    version         bigint        not null
);
create index publication_agency_published on publication (agency, published_on);

create table decision_counts (
    agency        varchar(64)    not null references agency (code),
    calendar_year          int            not null,
    licensing     int            not null,
    penalty       int            not null,
    coercion      int            not null,
    fees_wan_yuan varchar(40)    not null,
    primary key (agency, calendar_year)
);

create table appeal (
    id         varchar(64) primary key,
    agency     varchar(64) not null references agency (code),
    request_id varchar(64),
    kind       varchar(30) not null,
    filed_on   date        not null,
    result     varchar(20),
    decided_on date,
    version    bigint      not null
);

-- An annual report: the staff-written prose of the draft, and whether the year is published (locked).
create table annual_report (
    agency       varchar(64) not null references agency (code),
    calendar_year         int         not null,
    published    boolean     not null,
    version      bigint      not null,
    primary key (agency, calendar_year)
);

create table annual_report_prose (
    agency  varchar(64)  not null,
    calendar_year    int          not null,
    section varchar(40)  not null,
    text    varchar(20000) not null,
    primary key (agency, calendar_year, section),
    foreign key (agency, calendar_year) references annual_report (agency, calendar_year)
);

-- Each published version, frozen as the JSON the report writer produced.
create table annual_report_version (
    agency       varchar(64) not null,
    calendar_year         int         not null,
    revision     int         not null,
    content      text        not null,
    published_at timestamp with time zone not null,
    published_by varchar(64) not null,
    primary key (agency, calendar_year, revision),
    foreign key (agency, calendar_year) references annual_report (agency, calendar_year)
);

-- A change to the facts of a published year, with the reason the clerk gave.
create table report_amendment (
    id          bigint generated by default as identity primary key,
    agency      varchar(64)   not null,
    calendar_year        int           not null,
    description varchar(2000) not null,
    reason      varchar(2000) not null,
    recorded_by varchar(64)   not null,
    recorded_at timestamp with time zone not null
);

create table setting (
    name  varchar(100)  primary key,
    setting_value varchar(2000) not null
);

create table calendar_revision (
    id             bigint generated by default as identity primary key,
    name           varchar(200) not null,
    effective_from date         not null,
    csv            text         not null,
    recorded_by    varchar(64)  not null,
    recorded_at    timestamp with time zone not null
);

-- Append-only, hash-chained. audit_head holds the last entry's number and hash: appending locks it,
-- so entries get consecutive numbers, and deleting the newest entry is detected too.
create table audit_log (
    seq       bigint        primary key,
    at        timestamp with time zone not null,
    actor     varchar(64)   not null,
    action    varchar(60)   not null,
    subject   varchar(200)  not null,
    detail    varchar(4000) not null,
    prev_hash char(64)      not null,
    hash      char(64)      not null
);

create table audit_head (
    id        int      primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
