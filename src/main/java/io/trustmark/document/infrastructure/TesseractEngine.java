package io.trustmark.document.infrastructure;

import com.sun.jna.Pointer;
import io.trustmark.document.domain.PageText;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI1;

/**
 * Tesseract (Debian's libtesseract and its language data) through tess4j's direct C API. Not a CDI bean: one
 * engine is one native handle, used by one thread at a time (the reading workers keep one each), because a
 * handle is not thread safe and loading the Thai model costs a few hundred milliseconds.
 *
 * <p>Nothing leaves the machine: the model files are read from {@code tessdata}, a directory of the operating
 * system's package, never fetched.
 */
public final class TesseractEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TesseractEngine.class.getName());

    /** Page segmentation: automatic, no orientation detection (the intake already turned the image upright). */
    public static final int PSM_AUTO = ITessAPI.TessPageSegMode.PSM_AUTO;
    /** Page segmentation: one uniform block of text (the machine-readable zone, cut out). */
    public static final int PSM_BLOCK = ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK;

    /** Page segmentation: one line of text (a line read again alone). */
    public static final int PSM_LINE = ITessAPI.TessPageSegMode.PSM_SINGLE_LINE;

    private final ITessAPI.TessBaseAPI handle;
    private final String languages;

    private TesseractEngine(ITessAPI.TessBaseAPI handle, String languages) {
        this.handle = handle;
        this.languages = languages;
    }

    /**
     * Whether the native library loads and every language's model is in {@code tessdata}; what the health check
     * and the wizard ask. Never throws: a machine without tesseract simply reads nothing.
     */
    public static boolean available(String tessdata, String languages) {
        try {
            for (var language : languages.split("\\+")) {
                if (!Files.isReadable(Path.of(tessdata, language + ".traineddata"))) {
                    return false;
                }
            }
            return TessAPI1.TessVersion() != null;
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "tesseract not available: " + e, e);
            return false;
        }
    }

    /** OpenMP of Debian's libtesseract: how many threads one page may use. */
    interface OpenMp extends com.sun.jna.Library {
        void omp_set_num_threads(int threads);
    }

    /**
     * One core for the calling thread's pages. Why: Debian builds tesseract with OpenMP, which spreads each page over
     * every core; a reading worker is meant to use one, so that a burst of uploads cannot take the node's CPUs from
     * its requests. Per thread, so each worker calls it once; without libgomp nothing is changed.
     */
    static void oneCore() {
        try {
            com.sun.jna.Native.load("libgomp.so.1", OpenMp.class).omp_set_num_threads(1);
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.FINE, "OpenMP not found: tesseract's own threading stays", e);
        }
    }

    /**
     * A handle with {@code languages} (e.g. {@code tha+eng}) loaded from {@code tessdata}, whose pages the calling
     * thread reads on one core.
     */
    public static TesseractEngine open(String tessdata, String languages) {
        oneCore();
        var handle = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit3(handle, tessdata, languages) != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new IllegalStateException("tesseract could not load " + languages + " from " + tessdata);
        }
        // Why: a debug file per call and the adaptive classifier's memory across pages are of no use here.
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return new TesseractEngine(handle, languages);
    }

    public String languages() {
        return languages;
    }

    /**
     * Reads {@code image} (8-bit grey, {@link BufferedImage#TYPE_BYTE_GRAY}) with page segmentation {@code psm};
     * {@code whitelist}, when not null, limits the characters (the machine-readable zone's alphabet).
     */
    public PageText read(BufferedImage image, int psm, String whitelist, double scale) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("8-bit grey expected");
        }
        long started = System.nanoTime();
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        var buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist == null ? "" : whitelist);
        TessAPI1.TessBaseAPISetPageSegMode(handle, psm);
        TessAPI1.TessBaseAPISetImage(handle, buffer, width, height, 1, width);
        TessAPI1.TessBaseAPISetSourceResolution(handle, 300);
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                throw new IllegalStateException("tesseract could not read the image");
            }
            var lines = lines();
            return new PageText(width, height, scale, lines, (System.nanoTime() - started) / 1_000_000);
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private List<PageText.Line> lines() {
        var lines = new ArrayList<PageText.Line>();
        var iterator = TessAPI1.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return lines;
        }
        try {
            var page = TessAPI1.TessResultIteratorGetPageIterator(iterator);
            List<PageText.Word> words = new ArrayList<>();
            PageText.Box lineBox = null;
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    if (lineBox != null && !words.isEmpty()) {
                        lines.add(line(lineBox, words));
                    }
                    words = new ArrayList<>();
                    lineBox = box(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
                }
                var text = text(iterator, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                if (text != null && !text.isBlank()) {
                    words.add(new PageText.Word(
                            text.strip(),
                            box(page, ITessAPI.TessPageIteratorLevel.RIL_WORD),
                            TessAPI1.TessResultIteratorConfidence(iterator, ITessAPI.TessPageIteratorLevel.RIL_WORD)));
                }
            } while (TessAPI1.TessPageIteratorNext(page, ITessAPI.TessPageIteratorLevel.RIL_WORD) != 0);
            if (lineBox != null && !words.isEmpty()) {
                lines.add(line(lineBox, words));
            }
        } finally {
            TessAPI1.TessResultIteratorDelete(iterator);
        }
        return lines;
    }

    private static PageText.Line line(PageText.Box box, List<PageText.Word> words) {
        var text = new StringBuilder();
        for (var word : words) {
            text.append(text.isEmpty() ? "" : " ").append(word.text());
        }
        return new PageText.Line(text.toString(), box, words);
    }

    private static String text(ITessAPI.TessResultIterator iterator, int level) {
        Pointer pointer = TessAPI1.TessResultIteratorGetUTF8Text(iterator, level);
        if (pointer == null) {
            return null;
        }
        try {
            return new String(pointer.getByteArray(0, (int) pointer.indexOf(0, (byte) 0)), StandardCharsets.UTF_8);
        } finally {
            TessAPI1.TessDeleteText(pointer);
        }
    }

    private static PageText.Box box(ITessAPI.TessPageIterator page, int level) {
        var left = IntBuffer.allocate(1);
        var top = IntBuffer.allocate(1);
        var right = IntBuffer.allocate(1);
        var bottom = IntBuffer.allocate(1);
        TessAPI1.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
        return new PageText.Box(left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
