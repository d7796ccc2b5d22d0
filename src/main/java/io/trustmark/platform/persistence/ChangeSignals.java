package io.trustmark.platform.persistence;

import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * cluster: a number that moves, on every node, as soon as a change to what the kept pages depend on commits
 * anywhere, so that a node may keep a value read from the database and use it again until the number moves, instead
 * of reading it on every request ({@code forum.application.ForumService}'s page stamps).
 * <p>
 * PostgreSQL tells every listening connection after a transaction commits: triggers on the tables concerned (the
 * boards, the threads and the marks generation, sql-postgresql/V20) send a notification on {@value #CHANNEL}, and
 * each node listens on one connection of its own. A notification comes only after the commit, so a value read after
 * the number moved is never older than the change; one read while a change commits is kept under the number it was
 * read at, which the change's notification then moves past. What a node may keep is therefore at most one
 * notification's delivery behind the database (a few milliseconds), on every node alike.
 * <p>
 * When the node is not listening (H2, one node by design; the listening connection lost; before the first LISTEN)
 * {@link #epoch()} is {@link #NOT_LISTENING} and nothing may be kept: every read goes to the database, as before. A
 * lost connection is taken again after a second, and taking it moves the number (a change may have been missed).
 */
@ApplicationScoped
public class ChangeSignals {

    /** The notification channel the triggers of sql-postgresql/V20 send on. */
    static final String CHANNEL = "trustmark_changes";

    /** {@link #epoch()} when nothing may be kept. */
    public static final long NOT_LISTENING = -1;

    private static final Logger LOG = Logger.getLogger(ChangeSignals.class.getName());

    /** How long one wait for a notification lasts; the connection is then checked with a statement. */
    private static final int WAIT_MILLIS = 5_000;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private Thread listener;

    /**
     * The current number, or {@link #NOT_LISTENING}. A value read from the database after this call may be kept
     * under the number returned and used while {@link #epoch()} still returns it.
     */
    public long epoch() {
        return listening ? epoch.get() : NOT_LISTENING;
    }

    /**
     * Called inside a transaction that changes what kept values depend on: once it commits, this node's number moves
     * at once, before the answer leaves (the other nodes' moves when PostgreSQL's notification reaches them). So a
     * member who revoked or posted never sees the old page on the node that answered, however late the notification.
     */
    public void changing() {
        if (!listening
                || transactions.getTransactionKey() == null
                || transactions.getResource(ChangeSignals.class) != null) {
            return;
        }
        try {
            transactions.putResource(ChangeSignals.class, Boolean.TRUE);
            registerMove();
        } catch (IllegalStateException committing) {
            // Registered too late (a flush while the transaction completes): PostgreSQL's notification moves it.
        }
    }

    private void registerMove() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    epoch.incrementAndGet();
                }
            }
        });
    }

    /** At deployment, after the migrations (the triggers): listens on PostgreSQL; does nothing on H2. */
    void start(@Observes SchemaReady ready) {
        if (!ready.postgreSql()) {
            LOG.info("Change signals: not on PostgreSQL, so nothing read for the forum's kept pages is kept");
            return;
        }
        listener = threadFactory.newThread(this::listen);
        listener.setName("trustmark-change-signals");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (!stopped) {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                var notifications = connection.unwrap(PGConnection.class);
                statement.execute("LISTEN " + CHANNEL);
                // Whatever changed while nobody listened: what was kept before is no longer trusted.
                epoch.incrementAndGet();
                listening = true;
                LOG.info("Change signals: listening on PostgreSQL");
                while (!stopped) {
                    var arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        epoch.incrementAndGet();
                    } else {
                        // A connection cut without a word (a firewall, a host gone) would leave this wait silent
                        // forever: a statement finds out.
                        statement.execute("SELECT 1");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                lost(e);
            }
        }
        listening = false;
    }

    private void lost(Exception e) {
        listening = false;
        epoch.incrementAndGet();
        if (stopped) {
            return;
        }
        LOG.log(
                Level.WARNING,
                "Change signals: the listening connection was lost, every read goes to the database until it is"
                        + " back: " + e);
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
