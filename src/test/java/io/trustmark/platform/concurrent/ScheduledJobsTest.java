package io.trustmark.platform.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import io.trustmark.platform.persistence.JobLease;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one set-up of the scheduled jobs: interval from the job's key, first run within a minute, the lease asked
 * (half a second short of the interval) by jobs run once across the nodes and by no other, no two runs of a job at
 * once, a failure logged and the next run going ahead, the timers cancelled at undeployment.
 */
class ScheduledJobsTest {

    /** A job that counts its runs; {@code work} may block or throw. */
    private static final class Job implements ScheduledJob {
        final String name;
        final boolean oncePerInterval;
        final AtomicInteger runs = new AtomicInteger();
        volatile Runnable work = () -> {};

        Job(String name, boolean oncePerInterval) {
            this.name = name;
            this.oncePerInterval = oncePerInterval;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String intervalKey() {
            return "test." + name + ".interval";
        }

        @Override
        public boolean oncePerInterval() {
            return oncePerInterval;
        }

        @Override
        public void work() {
            runs.incrementAndGet();
            work.run();
        }
    }

    /** The lease as a node sees it: taken or not; records what was asked. */
    private static final class Lease extends JobLease {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        volatile boolean free = true;

        @Override
        public boolean claim(String job, Duration length) {
            asked.add(job + " " + length);
            return free;
        }
    }

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aJobRunOncePerIntervalWorksOnlyWhereItTookTheLeaseHalfASecondShortOfTheInterval() {
        var job = new Job("retention", true);
        var lease = new Lease();
        var runner = new JobRunner(job, 3600, lease::claim);

        lease.free = false;
        runner.run();
        assertEquals(0, job.runs.get(), "another node holds the lease: no work here");
        lease.free = true;
        runner.run();
        assertEquals(1, job.runs.get());
        assertEquals(List.of("retention PT59M59.5S", "retention PT59M59.5S"), lease.asked);
        assertEquals(Duration.ofMillis(1500), new JobRunner(job, 2, lease::claim).leaseLength(), "the ITs' 2 s");
        assertEquals(Duration.ZERO, new JobRunner(job, 0, lease::claim).leaseLength());
    }

    @Test
    void theFirstRunComesAfterTheIntervalButWithinAMinute() {
        var job = new Job("retention", true);
        assertEquals(60, new JobRunner(job, 3600, (j, l) -> true).initialDelaySeconds());
        assertEquals(15, new JobRunner(job, 15, (j, l) -> true).initialDelaySeconds());
        assertEquals(2, new JobRunner(job, 2, (j, l) -> true).initialDelaySeconds());
    }

    @Test
    void aJobRunOnEveryNodeNeverAsksForTheLease() {
        var job = new Job("outbox", false);
        var lease = new Lease();
        lease.free = false;
        var runner = new JobRunner(job, 15, lease::claim);
        runner.run();
        runner.run();
        assertEquals(2, job.runs.get());
        assertTrue(lease.asked.isEmpty(), lease.asked.toString());
    }

    @Test
    void aFailedRunIsLoggedWithTheJobsNameAndTheNextRunGoesAhead() {
        var job = new Job("erasure-housekeeping", true);
        job.work = () -> {
            throw new IllegalStateException("database gone");
        };
        var records = new ArrayList<LogRecord>();
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        var log = Logger.getLogger(JobRunner.class.getName());
        log.addHandler(handler);
        try {
            var runner = new JobRunner(job, 2, (j, l) -> true);
            runner.run();
            job.work = () -> {};
            runner.run();
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(2, job.runs.get(), "the failure did not stop the job");
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertTrue(
                records.get(0).getMessage().contains("erasure-housekeeping"),
                records.get(0).getMessage());
        assertEquals("database gone", records.get(0).getThrown().getMessage());
    }

    @Test
    void aRunAskedForWhileOneGoesReturnsAtOnce() throws Exception {
        var job = new Job("outbox", false);
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        job.work = () -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        var runner = new JobRunner(job, 15, (j, l) -> true);
        var first = timer.submit(runner);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        runner.run();
        assertEquals(1, job.runs.get(), "no second run beside the first");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        job.work = () -> {};
        runner.run();
        assertEquals(2, job.runs.get(), "once the first ended, the next runs");
    }

    @Test
    void atSchemaReadyEveryJobIsScheduledWithItsIntervalAndAtUndeploymentStopped() throws Exception {
        var retention = new Job("retention", true);
        var outbox = new Job("outbox", false);
        var lease = new Lease();
        var jobs = containerLike(timer, lease, Map.of("test.retention.interval", 1L, "test.outbox.interval", 1L));
        jobs.jobs = instance(List.of(retention, outbox));

        jobs.start(new SchemaReady(false));
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((retention.runs.get() < 2 || outbox.runs.get() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(retention.runs.get() >= 2, "runs every second: " + retention.runs);
        assertTrue(outbox.runs.get() >= 2, "runs every second: " + outbox.runs);
        assertTrue(lease.asked.stream().allMatch(a -> a.equals("retention PT0.5S")), lease.asked.toString());
        assertTrue(jobs.isScheduled(retention) && jobs.isScheduled(outbox));

        jobs.stop();
        assertFalse(jobs.isScheduled(retention) || jobs.isScheduled(outbox), "cancelled at undeployment");
        int after = outbox.runs.get();
        Thread.sleep(1500);
        assertTrue(outbox.runs.get() <= after + 1, "no more runs (one may have been under way)");
    }

    @Test
    void aJobAskedToRunSoonRunsBeforeItsTimerIsSetAndNotBesideARunningOne() throws Exception {
        var outbox = new Job("outbox", false);
        var jobs = containerLike(timer, new Lease(), Map.of("test.outbox.interval", 15L));
        assertFalse(jobs.isScheduled(outbox), "no timer before the schema is ready");
        jobs.runSoon(outbox);
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (outbox.runs.get() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, outbox.runs.get());
    }

    // ---- the container's parts, for a test ----------------------------------------------------

    private static ScheduledJobs containerLike(ScheduledExecutorService timer, JobLease lease, Map<String, Long> keys) {
        var jobs = new ScheduledJobs();
        jobs.executor = delegate(ManagedScheduledExecutorService.class, timer);
        jobs.lease = lease;
        jobs.config = (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getValue") && args[1] == Long.class && keys.containsKey(args[0])) {
                        return keys.get(args[0]);
                    }
                    throw new UnsupportedOperationException(method + " " + java.util.Arrays.toString(args));
                });
        return jobs;
    }

    @SuppressWarnings("unchecked")
    private static Instance<ScheduledJob> instance(List<ScheduledJob> all) {
        return (Instance<ScheduledJob>) Proxy.newProxyInstance(
                Instance.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return all.iterator();
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
    }

    /** {@code type}'s methods that {@code target} has too, passed on to it (the managed executor's own are not used). */
    private static <T> T delegate(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return target.getClass()
                        .getMethod(method.getName(), method.getParameterTypes())
                        .invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
