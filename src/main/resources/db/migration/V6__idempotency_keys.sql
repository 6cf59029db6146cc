-- Requests sent with an Idempotency-Key: a retried request (a timeout, a double click, a client's
-- retry loop) gets the first answer again instead of acting twice.
create table idempotency_keys (
    scope          varchar(200)    not null,
    request_key    varchar(100)    not null,
    request_hash   varchar(64)     not null,
    status         integer,
    response_json  varchar(100000),
    created_at     timestamp with time zone not null,
    primary key (scope, request_key)
);
