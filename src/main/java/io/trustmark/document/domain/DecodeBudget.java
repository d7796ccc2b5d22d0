package io.trustmark.document.domain;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The heap that image decoding may use at once, shared by every upload of the application. Decoding
 * allocates by pixel count, not by file size (a 400 KB flat PNG decodes to 120 MB), so a handful of members
 * uploading at the same moment could otherwise run the heap out, and the {@link OutOfMemoryError} would land in
 * whichever thread allocates next: another member's page, the database, the mail sender.
 *
 * <p>Each decode asks for its estimated bytes before it allocates anything; when the budget is spent it
 * waits a little for others to finish and is then told, with {@link Reason#BUSY}, to try again in a moment:
 * a refusal only of the upload that did not fit, never of anything already running. A decode larger than the
 * whole budget still runs, alone, so that every image within the intake's limits can be taken at a quiet moment.
 *
 * <p>Not fair on purpose: a small phone photo may go ahead of a waiting 40-megapixel image, because making
 * the many ordinary uploads queue behind the rare huge one would turn them all away.
 */
public final class DecodeBudget {

    private static final long UNIT = 1024;

    private final Semaphore units;
    private final int capacity;
    private final Duration wait;

    /**
     * @param bytes the heap decodes may hold at once; at most one decode runs at a time when this is below 1 KiB
     * @param wait  how long an upload waits for room before it is asked to try again
     */
    public DecodeBudget(long bytes, Duration wait) {
        if (bytes < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("budget " + bytes + " bytes, wait " + wait);
        }
        this.capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / UNIT));
        this.units = new Semaphore(capacity);
        this.wait = wait;
    }

    /** {@code percent} % of this JVM's maximum heap ({@link Runtime#maxMemory()}), waiting {@code wait}. */
    public static DecodeBudget ofHeap(int percent, Duration wait) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("heap share must be 0 to 100 %, not " + percent);
        }
        return new DecodeBudget(Runtime.getRuntime().maxMemory() / 100 * percent, wait);
    }

    /**
     * Reserves {@code bytes} of the budget (all of it, if more), waiting at most the configured time.
     *
     * @return the reservation, to be closed when the decoded pixels are no longer needed
     * @throws DocumentRefusedException BUSY when there was no room in time
     */
    public Permit reserve(long bytes) {
        int wanted = (int) Math.max(1, Math.min(capacity, bytes / UNIT + (bytes % UNIT == 0 ? 0 : 1)));
        boolean granted;
        try {
            granted = units.tryAcquire(wanted, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        if (!granted) {
            throw new DocumentRefusedException(
                    Reason.BUSY, "decode budget spent: " + bytes + " bytes wanted, " + available() + " free");
        }
        return new Permit(wanted);
    }

    /** Bytes not reserved at this moment. */
    public long available() {
        return units.availablePermits() * UNIT;
    }

    /** Bytes of the whole budget. */
    public long capacity() {
        return capacity * UNIT;
    }

    public Duration waitTime() {
        return wait;
    }

    /** Some of the budget, given back once on close (closing again does nothing). */
    public final class Permit implements AutoCloseable {

        private final int held;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Permit(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                units.release(held);
            }
        }
    }
}
