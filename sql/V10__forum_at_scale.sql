-- The forum at a real forum's size (issue 12.4): 200,000 threads, 2,000,000 posts.
-- A board keeps its thread count (the pager needs it, and counting 100,000 rows per page view is what it
-- replaces) and a change counter raised with every new thread and reply: together they are the stamp a
-- cached board page is checked against, in the database so that every node sees the same one.
ALTER TABLE board ADD COLUMN thread_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE board ADD COLUMN changes BIGINT DEFAULT 0 NOT NULL;
UPDATE board SET thread_count = (SELECT COUNT(*) FROM forum_thread t WHERE t.board_id = board.id);

-- A page is found by skipping to its first key along these indexes; carrying the id as well makes the
-- skip an index-only scan and the key unique (two threads may share a last-activity instant).
DROP INDEX ix_thread_board_activity;
CREATE INDEX ix_thread_board_activity ON forum_thread (board_id, last_activity_at, id);
DROP INDEX ix_post_thread;
CREATE INDEX ix_post_thread ON post (thread_id, created_at, id);
