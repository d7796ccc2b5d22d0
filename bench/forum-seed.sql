-- Seeds the forum at a real forum's size on the schema the application migrated (bench/forum-bench.sh):
-- 100,000 members (30 % Citizen, 5 % Trusted, 2 % revoked: lowered back to Registered, their mark gone),
-- 20 boards, 200,000 threads, 2,000,000 posts. Set-based: one INSERT ... SELECT per table.
-- Board "general" holds 105,000 threads (page 2,000 of 50 exists); thread :big (the first) has 20,000 posts,
-- every other thread 9 or 10. Ids start at 1,000,000,000, above anything the application's sequence gave.
\set ON_ERROR_STOP on
SET session_replication_role = replica;  -- no FK triggers while seeding: the rows are consistent by construction
SET synchronous_commit = off;

INSERT INTO account (id, username, email, password_hash, nationality, id_number_sealed, id_number_index, role, tier, email_confirmed_at,
                     created_at, version, id_verified_at, session_generation, language)
SELECT 1000000000 + n,
       'm' || lpad(n::text, 6, '0'),
       'm' || lpad(n::text, 6, '0') || '@bench.invalid',
       -- No password anyone knows: bench members only appear as authors.
       'pbkdf2-sha256$600000$YmVuY2g=$YmVuY2g=',
       'USA',
       -- ID numbers are sealed (AES-GCM under the run's document key) and found by a keyed fingerprint: every bench
       -- member carries the demo admin's sealed number (nobody reads it here) under a fingerprint of its own.
       (SELECT id_number_sealed FROM account WHERE username = 'admin'),
       md5('bench-member-' || n),
       'MEMBER',
       CASE WHEN n % 100 < 30 THEN 'CITIZEN' WHEN n % 100 < 35 THEN 'TRUSTED' ELSE 'REGISTERED' END,
       now() - interval '3 years',
       now() - interval '3 years',
       CASE WHEN n % 100 BETWEEN 35 AND 36 THEN 3 WHEN n % 100 < 35 THEN 2 ELSE 1 END,
       CASE WHEN n % 100 < 35 THEN now() - interval '2 years' END,
       0,
       CASE WHEN n % 2 = 0 THEN 'th' ELSE 'en' END
FROM generate_series(0, 99999) n;

INSERT INTO board (id, slug, sale, position)
SELECT 100 + n, 'bench-' || lpad(n::text, 2, '0'), FALSE, 100 + n FROM generate_series(1, 18) n;

-- Thread n: board general for 21 of every 40, else one of the other 19; posts: 20,000 for thread 0,
-- 9 or 10 for the others (1,980,000 spread over 199,999 threads). Activity: thread n's last post is n minutes
-- after the start, each post of a thread one minute after the one before it.
CREATE TEMP TABLE bench_thread AS
SELECT n,
       1000000000 + n AS id,
       CASE WHEN n % 40 < 21 THEN 1 WHEN n % 40 = 21 THEN 2 ELSE 100 + (n % 40) - 21 END AS board_id,
       1000000000 + (n * 7919) % 100000 AS author_id,
       CASE WHEN n = 0 THEN 20000 ELSE 9 + CASE WHEN n - 1 < 1980000 - 9 * 199999 THEN 1 ELSE 0 END END AS posts
FROM generate_series(0, 199999) n;

INSERT INTO forum_thread (id, board_id, author_id, title, created_at, last_activity_at, reply_count, version)
SELECT id, board_id, author_id,
       'Thread ' || n || ': ' || (ARRAY['selling my camera', 'rainy season cycling routes', 'best noodles near Wat Fa Ham',
                                       'ID card renewal queue', 'used scooter prices', 'weekend market finds'])[1 + n % 6],
       timestamptz '2024-01-01 00:00:00+00' + (n - posts + 1) * interval '1 minute',
       timestamptz '2024-01-01 00:00:00+00' + n * interval '1 minute',
       posts - 1, posts
FROM bench_thread;

-- Post k (0-based) of thread n: the opening post (k = 0) is the thread author's.
INSERT INTO post (id, thread_id, author_id, body, created_at)
SELECT 2000000000 + t.n * 20000::bigint + k,
       t.id,
       CASE WHEN k = 0 THEN t.author_id ELSE 1000000000 + (t.n * 31 + k * 7877) % 100000 END,
       'Post ' || k || ' of thread ' || t.n || '. Anyone tried this? The stall near the market opens early, '
           || 'and the queue is short before eight in the morning.',
       timestamptz '2024-01-01 00:00:00+00' + (t.n - t.posts + 1 + k) * interval '1 minute'
FROM bench_thread t, generate_series(0, t.posts - 1) k;

UPDATE board b SET thread_count = (SELECT COUNT(*) FROM forum_thread t WHERE t.board_id = b.id), changes = changes + 1;
SET session_replication_role = DEFAULT;
