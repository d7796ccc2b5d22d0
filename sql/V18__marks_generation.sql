-- forumfast (issue 12.4): one counter for what the forum's badges show. It is raised in the same transaction as
-- every change of an account's marks or shown name (tier, ID verification, revocation, erasure): see
-- account.infrastructure.MarksGeneration, the one place that raises it. A guest's kept forum page is checked
-- against it with one constant statement, instead of summing the versions of the page's up to 50 authors. One
-- row, so that the check is a single-row read; an approval or revocation moves it for every page of every node at
-- once (they are rare next to page views: a kept page is rendered again after each). The same script runs on H2
-- and PostgreSQL.
CREATE TABLE marks_generation (
    id SMALLINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO marks_generation (id, generation) VALUES (1, 0);
