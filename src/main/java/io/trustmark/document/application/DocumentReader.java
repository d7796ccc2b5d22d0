package io.trustmark.document.application;

import io.trustmark.document.domain.LineReader;
import io.trustmark.document.domain.PageText;
import io.trustmark.document.domain.ReadableImage;
import io.trustmark.document.infrastructure.TesseractEngine;
import io.trustmark.platform.concurrent.Workers;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Machine reading of stored images (Tesseract, on this server): a few bounded background workers, each with its
 * own engine, so reading never runs on a request thread and never holds more than {@code threads} decoded images
 * at once, whatever the intake lets in. A job that finds no free worker and no room in the short queue is refused
 * (the member then types by hand), rather than piling up behind a burst of uploads.
 *
 * <p>Without tesseract or its Thai and English data ({@link #available()} false) nothing is read and the app works
 * by hand.
 */
@ApplicationScoped
public class DocumentReader {

    private static final Logger LOG = Logger.getLogger(DocumentReader.class.getName());

    /** What a page is read for: which languages, how the page is cut up, and which part of it. */
    public enum Pass {
        /** An ID card or a passbook page: Thai and English, automatic layout. */
        PAGE,
        /** A page printed in Thai (a passbook): Thai only, so Thai letters are never read as English ones. */
        THAI_PAGE,
        /** The passport's machine-readable zone: English letters, digits and '<' only, the page's lower part. */
        MRZ
    }

    private static final String DIGITS = "0123456789 ";

    private static final String MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    @Inject
    @ConfigProperty(name = "trustmark.ocr.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "trustmark.ocr.tessdata", defaultValue = "/usr/share/tesseract-ocr/5/tessdata")
    String tessdata;

    @Inject
    @ConfigProperty(name = "trustmark.ocr.threads", defaultValue = "1")
    int threads;

    @Inject
    @ConfigProperty(name = "trustmark.ocr.queue", defaultValue = "16")
    int queue;

    @Inject
    @ConfigProperty(name = "trustmark.ocr.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "trustmark.ocr.max-side", defaultValue = "1200")
    int maxSide;

    /** Makes the reading workers' threads (see {@link Workers} for why not the managed executor). */
    @Resource
    ManagedThreadFactory threadFactory;

    private boolean available;
    /** {@code threads} workers, each reading one page (one decoded image) at a time, and a short queue. */
    private Workers workers;

    /** One engine per worker thread and language set: loading the Thai model takes longer than reading a card. */
    private final ThreadLocal<java.util.Map<String, TesseractEngine>> engines =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private final java.util.Set<TesseractEngine> opened = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        available = enabled && TesseractEngine.available(tessdata, "tha+eng");
        LOG.info(
                available
                        ? "Machine reading available (tesseract, " + tessdata + ")"
                        : "Machine reading not available (trustmark.ocr.enabled=" + enabled + ", tessdata " + tessdata
                                + "): members type their documents by hand");
    }

    /** At deployment, not in a request: the workers' threads are made here (see {@link #threadFactory}). */
    void start(@Observes SchemaReady ready) {
        if (!available) {
            return;
        }
        workers = new Workers(threadFactory, threads, queue);
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.stop();
        }
        // Engines of finished workers; a worker still inside tesseract keeps its own until it ends.
        opened.forEach(engine -> {
            try {
                engine.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing an engine", e);
            }
        });
    }

    /** Whether tesseract and its Thai and English data are here; what the wizard, the review page and health ask. */
    public boolean available() {
        return available;
    }

    /** How long one page may take before what it found is not used. */
    public long timeoutMillis() {
        return timeoutSeconds * 1000L;
    }

    /** Runs {@code job} on a reading worker; false when reading is not available or all workers are busy. */
    public boolean submit(Runnable job) {
        if (!available || workers == null) {
            return false;
        }
        if (workers.offer(job)) {
            return true;
        }
        LOG.warning("Machine reading busy: a document is left to be typed by hand");
        return false;
    }

    /**
     * Reads {@code jpeg} (a stored, clean image); call on a reading worker ({@link #submit}). Decoded here, at most
     * {@code max-side} pixels on its longer side.
     */
    public <T> T read(byte[] jpeg, Pass pass, BiFunction<PageText, LineReader, T> interpret) {
        return read(ReadableImage.of(jpeg, maxSide), pass, this::engine, interpret);
    }

    /**
     * The one way a page is read, here and in the accuracy benchmark: {@code engines} gives an engine per language
     * set; {@code interpret} gets the page and a {@link LineReader} on the same image.
     */
    public static <T> T read(
            ReadableImage image,
            Pass pass,
            Function<String, TesseractEngine> engines,
            BiFunction<PageText, LineReader, T> interpret) {
        PageText page = page(image, pass, engines);
        LineReader lines = lines(image, pass, engines, true);
        var started = System.nanoTime();
        var result = interpret.apply(page, lines);
        LOG.fine(() -> "interpreted in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return result;
    }

    private static PageText page(ReadableImage image, Pass pass, Function<String, TesseractEngine> engines) {
        return switch (pass) {
            case PAGE -> engines.apply("tha+eng").read(image.image(), TesseractEngine.PSM_AUTO, null, image.scale());
            case THAI_PAGE -> engines.apply("tha").read(image.image(), TesseractEngine.PSM_AUTO, null, image.scale());
            case MRZ -> {
                var bottom = image.bottom(0.6);
                yield engines.apply("eng").read(bottom.image(), TesseractEngine.PSM_AUTO, MRZ_ALPHABET, bottom.scale());
            }
        };
    }

    /** Lines of {@code image} read again; {@code evenable}: it may give the page evened out (once, not again). */
    private static LineReader lines(
            ReadableImage image, Pass pass, Function<String, TesseractEngine> engines, boolean evenable) {
        return new LineReader() {
            @Override
            public PageText read(PageText.Box box, String languages) {
                return engines.apply(languages).read(image.crop(box), TesseractEngine.PSM_LINE, null, 1);
            }

            @Override
            public PageText digits(PageText.Box box) {
                return engines.apply("eng").read(image.crop(box), TesseractEngine.PSM_LINE, DIGITS, 1);
            }

            @Override
            public Evened evened() {
                if (!evenable) {
                    return null;
                }
                var even = image.evened();
                return new Evened(page(even, pass, engines), lines(even, pass, engines, false));
            }
        };
    }

    private TesseractEngine engine(String languages) {
        return engines.get().computeIfAbsent(languages, l -> {
            var engine = TesseractEngine.open(tessdata, l);
            opened.add(engine);
            return engine;
        });
    }
}
