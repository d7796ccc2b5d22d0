package io.trustmark.platform.concurrent;

/**
 * A job the platform runs on a fixed delay ({@link ScheduledJobs}): an application-scoped bean that says only its
 * name, the configuration key of its interval and its work. Set-up, the once-per-interval lease, "never two runs at
 * once", logging a failed run and stopping at undeployment are {@link ScheduledJobs}' part, the same for every job.
 */
public interface ScheduledJob {

    /** The job's name: in the log and, for a job run once across the nodes, its row in {@code job_lease}. */
    String name();

    /** The configuration key of the seconds between one run's end and the next run (its default is in the file). */
    String intervalKey();

    /**
     * True (most jobs): one node of the cluster runs it per interval, the one that takes its lease
     * ({@link io.trustmark.platform.persistence.JobLease}). False: every node runs it, for work that claims its rows
     * one by one itself (the outbox), so more nodes drain it faster.
     */
    default boolean oncePerInterval() {
        return true;
    }

    /** One run. An exception is logged and the job tried again on its next run. */
    void work();
}
