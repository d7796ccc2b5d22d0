-- pdpa (issue 18), PostgreSQL only (DatabaseMigration adds this location there): the audit trail is append-only in
-- the database itself, not only by the application's good behaviour. A trigger refuses UPDATE, DELETE and TRUNCATE
-- for every role, table owners and superusers included (privileges alone do not bind those); the grants are
-- revoked as well, so a role without ownership cannot even try.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE PROCEDURE audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE PROCEDURE audit_event_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', current_user);
END
$$;
