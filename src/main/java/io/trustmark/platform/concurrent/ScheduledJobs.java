package io.trustmark.platform.concurrent;

import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import io.trustmark.platform.persistence.JobLease;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.Config;

/**
 * Runs every {@link ScheduledJob} of the application on a fixed delay, from the moment the schema is ready until
 * undeployment: the interval from the job's configuration key, the first run within a minute, once per interval
 * across the nodes through {@link JobLease} (or on every node where the job says so), never two runs of a job at
 * once on a node, a failed run logged and retried on the next. Each job's timer fires on every node; the lease
 * decides which node works.
 */
@ApplicationScoped
public class ScheduledJobs {

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    JobLease lease;

    @Inject
    Config config;

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    private final Map<String, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> schedules = new ConcurrentHashMap<>();

    void start(@Observes SchemaReady ready) {
        start(jobs, executor, key -> config.getValue(key, Long.class));
    }

    /** Schedules each of {@code all} on {@code timer}; apart from the container for the tests. */
    void start(Iterable<ScheduledJob> all, ScheduledExecutorService timer, ToLongFunction<String> seconds) {
        for (var job : all) {
            var runner = runner(job, seconds);
            schedules.put(
                    job.name(),
                    timer.scheduleWithFixedDelay(
                            runner, runner.initialDelaySeconds(), runner.intervalSeconds(), TimeUnit.SECONDS));
        }
    }

    /**
     * Runs {@code job} once now, beside its timer (not while a run goes): the outbox right after a mail is queued.
     * Works before the timers are set, too (start-up work may queue mail first).
     */
    public void runSoon(ScheduledJob job) {
        executor.execute(runner(job, key -> config.getValue(key, Long.class)));
    }

    /**
     * Whether {@code job}'s timer is set and has not died: a run's exception is caught, so only an error the JVM
     * cannot recover from (out of memory) ends it, and nothing inside the node would set it again.
     */
    public boolean isScheduled(ScheduledJob job) {
        var schedule = schedules.get(job.name());
        return schedule != null && !schedule.isDone();
    }

    @PreDestroy
    void stop() {
        schedules.values().forEach(schedule -> schedule.cancel(false));
    }

    private JobRunner runner(ScheduledJob job, ToLongFunction<String> seconds) {
        return runners.computeIfAbsent(
                job.name(), name -> new JobRunner(job, seconds.applyAsLong(job.intervalKey()), lease::claim));
    }
}
