-- The hub's database and its owner, on a PostgreSQL server IT already runs.
-- Run once as a superuser:   psql -U postgres -f setup.sql
-- then give the owner a password at psql's prompt (never on a command line):
--                            psql -U postgres -c '\password smugdesk_owner'
-- and create the schema as the owner (its password from ~/.pgpass or PGPASSFILE):
--   smugdesk hub init --hub 'postgresql://smugdesk_owner@HUBHOST/smugdesk?sslmode=verify-full'
--
-- The owner makes the stations' roles (hub add-station), so it may create roles, and
-- nothing else out of the ordinary: it is not a superuser.

CREATE ROLE smugdesk_owner LOGIN CREATEROLE;
CREATE DATABASE smugdesk OWNER smugdesk_owner ENCODING 'UTF8' TEMPLATE template0;
-- Only the hub's own roles connect (hub add-station grants each station CONNECT).
REVOKE ALL ON DATABASE smugdesk FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE smugdesk TO smugdesk_owner;
\connect smugdesk
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
