-- The former role CLERK (经办人) both registered and handled requests; it is now two roles, REGISTRAR (登记员)
-- and HANDLER (承办人). Every CLERK keeps what it could do by getting both.
insert into user_role (username, role)
    select r.username, 'REGISTRAR' from user_role r
    where r.role = 'CLERK' and not exists (select 1 from user_role o where o.username = r.username and o.role = 'REGISTRAR');
insert into user_role (username, role)
    select r.username, 'HANDLER' from user_role r
    where r.role = 'CLERK' and not exists (select 1 from user_role o where o.username = r.username and o.role = 'HANDLER');
delete from user_role where role = 'CLERK';
