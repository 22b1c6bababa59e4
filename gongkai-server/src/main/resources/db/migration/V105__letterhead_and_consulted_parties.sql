-- Letters name the agency's own review body and court (null: the generic wording of the statute), and
-- address a consultation letter to the party consulted.

alter table agency_profile add column review_body varchar(200);
alter table agency_profile add column court varchar(200);

-- The name of the third party or agency a consultation letter went to; a third party may be a person, so
-- the name is stored encrypted. A consultation without a name (an imported one) has no row.
create table consultation_party (
    request_id  varchar(64)  not null references disclosure_request (id),
    event_index int          not null,
    name        varchar(1000) not null,
    primary key (request_id, event_index)
);
