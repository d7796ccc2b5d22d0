package io.trustmark.platform.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of worker threads and a short queue for slow jobs that requests hand over (machine reading, the
 * face aid's comparison). Made at start-up from the container's {@code ManagedThreadFactory}, outside any request.
 * Why not the container's managed executor: a task handed to it from a request carries that request's invocation
 * context, which the executor resets after the task and then finds gone (SEVERE "closed EntityManager" / "no
 * invocation on the stack" after every page); threads made at start run every job in the application's own context.
 * Bounded on purpose: each job holds a decoded image, so beyond the queue a job is refused, not kept waiting.
 */
public final class Workers {

    private final ThreadPoolExecutor pool;

    public Workers(ThreadFactory threads, int workers, int queue) {
        int n = Math.max(1, workers);
        pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)), threads);
        pool.prestartAllCoreThreads();
    }

    /** Runs {@code job} on a worker; false when every worker is busy and the queue is full. */
    public boolean offer(Runnable job) {
        try {
            pool.execute(job);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** At undeployment: running jobs are interrupted, queued ones dropped. */
    public void stop() {
        pool.shutdownNow();
    }
}
