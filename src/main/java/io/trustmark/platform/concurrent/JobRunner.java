package io.trustmark.platform.concurrent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One job's runs on this node: never two at once (a run still going when the next is due, or a run asked for while
 * one goes, returns at once), each first asking for the job's lease when the job runs once per interval across the
 * nodes, and a failed run logged, to be tried again on the next.
 */
final class JobRunner implements Runnable {

    /** Asks for the job's lease; {@link io.trustmark.platform.persistence.JobLease#claim} in the application. */
    interface Lease {
        boolean claim(String job, Duration length);
    }

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    private final ScheduledJob job;
    private final long intervalSeconds;
    private final Lease lease;
    private final AtomicBoolean running = new AtomicBoolean();

    JobRunner(ScheduledJob job, long intervalSeconds, Lease lease) {
        this.job = job;
        this.intervalSeconds = intervalSeconds;
        this.lease = lease;
    }

    long intervalSeconds() {
        return intervalSeconds;
    }

    /**
     * The first run comes after the interval, but within a minute of the start: a job that runs hourly should not
     * wait an hour after each deployment.
     */
    long initialDelaySeconds() {
        return Math.min(60, intervalSeconds);
    }

    /**
     * Half a second short of the interval: this node's next run (a fixed delay after this one ends) must find its
     * own lease run out, or the job would skip every second interval.
     */
    Duration leaseLength() {
        return Duration.ofMillis(Math.max(0, intervalSeconds * 1000 - 500));
    }

    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (job.oncePerInterval() && !lease.claim(job.name(), leaseLength())) {
                return;
            }
            job.work();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job.name() + " failed; it is retried on the next run", e);
        } finally {
            running.set(false);
        }
    }
}
