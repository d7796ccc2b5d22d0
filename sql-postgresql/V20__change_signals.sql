-- cluster (issue 12.4 / 14), PostgreSQL only: a notification on channel trustmark_changes after every transaction
-- that changes what a guest's kept forum page depends on (a board's threads, a thread, the marks generation).
-- PostgreSQL delivers it to every listening connection after the commit, one per transaction however many rows
-- changed; each node listens (platform.persistence.ChangeSignals) and reads those stamps again from then on. A
-- trigger rather than the application's writers: whoever changes these tables (a reply, an approval, an erasure, a
-- hand-run UPDATE) is heard, and no writer has to remember it.
CREATE FUNCTION trustmark_signal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('trustmark_changes', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER board_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON board
    FOR EACH STATEMENT EXECUTE PROCEDURE trustmark_signal_change();
CREATE TRIGGER forum_thread_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON forum_thread
    FOR EACH STATEMENT EXECUTE PROCEDURE trustmark_signal_change();
CREATE TRIGGER marks_generation_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marks_generation
    FOR EACH STATEMENT EXECUTE PROCEDURE trustmark_signal_change();
