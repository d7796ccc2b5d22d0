package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

/** The heap budget shared by all decodes: how much runs at once, how long an upload waits, and what it gives back. */
class DecodeBudgetTest {

    private static final long MB = 1024 * 1024;

    @Test
    void decodesRunSideBySideUpToTheBudget() {
        var budget = new DecodeBudget(100 * MB, Duration.ZERO);
        try (var first = budget.reserve(60 * MB);
                var second = budget.reserve(40 * MB)) {
            assertEquals(0, budget.available());
            var refusal = assertThrows(DocumentRefusedException.class, () -> budget.reserve(1));
            assertEquals(Reason.BUSY, refusal.reason());
            assertEquals("document.refused.busy", refusal.messageKey());
        }
        assertEquals(100 * MB, budget.available(), "all given back");
    }

    @Test
    void aDecodeLargerThanTheWholeBudgetRunsAlone() {
        var budget = new DecodeBudget(100 * MB, Duration.ZERO);
        try (var huge = budget.reserve(500 * MB)) {
            assertEquals(0, budget.available());
            assertThrows(DocumentRefusedException.class, () -> budget.reserve(MB));
        }
        try (var small = budget.reserve(MB)) {
            // With anything else running, the huge one waits and is turned away.
            assertEquals(
                    Reason.BUSY,
                    assertThrows(DocumentRefusedException.class, () -> budget.reserve(500 * MB))
                            .reason());
        }
    }

    @Test
    void zeroMeansOneDecodeAtATime() {
        var budget = DecodeBudget.ofHeap(0, Duration.ZERO);
        try (var one = budget.reserve(1)) {
            assertThrows(DocumentRefusedException.class, () -> budget.reserve(1));
        }
        budget.reserve(1).close();
    }

    @Test
    void anUploadWaitsForRoomAndGetsItWhenAnotherFinishes() throws Exception {
        var budget = new DecodeBudget(100 * MB, Duration.ofSeconds(10));
        var running = budget.reserve(80 * MB);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var waited = executor.submit(() -> {
                long start = System.nanoTime();
                try (var permit = budget.reserve(50 * MB)) {
                    return System.nanoTime() - start;
                }
            });
            Thread.sleep(300);
            assertTrue(!waited.isDone(), "waits while the budget is spent");
            running.close();
            long nanos = waited.get(10, TimeUnit.SECONDS);
            assertTrue(nanos >= TimeUnit.MILLISECONDS.toNanos(250), "it waited: " + nanos);
        } finally {
            executor.shutdownNow();
        }
        assertEquals(100 * MB, budget.available());
    }

    @Test
    void anUploadThatWaitsTooLongIsAskedToTryAgainAfterTheWait() {
        var budget = new DecodeBudget(100 * MB, Duration.ofMillis(200));
        try (var running = budget.reserve(100 * MB)) {
            long start = System.nanoTime();
            var refusal = assertThrows(DocumentRefusedException.class, () -> budget.reserve(MB));
            assertEquals(Reason.BUSY, refusal.reason());
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190), "waited the configured time");
        }
    }

    @Test
    void theBudgetIsGivenBackWhenTheDecodeFailsAndOnlyOnce() {
        var budget = new DecodeBudget(100 * MB, Duration.ZERO);
        assertThrows(IllegalStateException.class, () -> {
            try (var permit = budget.reserve(70 * MB)) {
                throw new IllegalStateException("decoder blew up");
            }
        });
        assertEquals(100 * MB, budget.available());
        var permit = budget.reserve(70 * MB);
        permit.close();
        permit.close();
        assertEquals(100 * MB, budget.available(), "a second close gives nothing back twice");
    }

    @Test
    void manyConcurrentDecodesNeverHoldMoreThanTheBudget() throws Exception {
        var budget = new DecodeBudget(100 * MB, Duration.ofSeconds(30));
        var held = new AtomicInteger();
        var most = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(16);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 64; i++) {
                int megabytes = 10 + (i % 4) * 15;
                done.add(pool.submit(() -> {
                    start.await();
                    try (var permit = budget.reserve(megabytes * MB)) {
                        most.accumulateAndGet(held.addAndGet(megabytes), Math::max);
                        Thread.sleep(5);
                        held.addAndGet(-megabytes);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() <= 100, "at most the budget at once: " + most.get());
        assertEquals(100 * MB, budget.available());
    }

    @Test
    void anInterruptedWaitIsABusyAnswerAndKeepsTheInterrupt() {
        var budget = new DecodeBudget(MB, Duration.ofSeconds(10));
        try (var running = budget.reserve(MB)) {
            Thread.currentThread().interrupt();
            assertEquals(
                    Reason.BUSY,
                    assertThrows(DocumentRefusedException.class, () -> budget.reserve(MB))
                            .reason());
            assertTrue(Thread.interrupted(), "the interrupt is kept for the container");
        }
    }

    @Test
    void anOutOfMemoryErrorInsideTheDecoderIsNeverCalledDamaged() {
        // ImageIO's PNG reader wraps every Throwable, an OutOfMemoryError too, in an IIOException.
        var wrapped = new IIOException("Caught exception during read: ", new OutOfMemoryError("Java heap space"));
        assertEquals(Reason.BUSY, ImageIntake.decodeFailure("PNG", wrapped).reason());
        assertEquals(
                Reason.DAMAGED,
                ImageIntake.decodeFailure("PNG", new IIOException("CRC error")).reason());
    }
}
