-- Letters (告知书): each agency's own versions of the letter templates, and every letter word for word as issued.

create table letter_template (
    agency      varchar(64)    not null references agency (code),
    letter_type varchar(80)    not null,
    version     int            not null,
    source      varchar(20000) not null,
    primary key (agency, letter_type, version)
);

-- The salutation and body name the recipient and may quote personal details: both are stored encrypted.
create table issued_letter (
    id               varchar(100)   primary key,
    request_id       varchar(64)    not null references disclosure_request (id),
    serial           int            not null,
    event_index      int            not null,
    template_agency  varchar(64),
    letter_type      varchar(80)    not null,
    template_version int            not null,
    agency_name      varchar(200)   not null,
    tracking_number  varchar(64)    not null,
    issued_on        date           not null,
    title            varchar(200)   not null,
    salutation       varchar(2000)  not null,
    body             varchar(60000) not null,
    unique (request_id, serial)
);
