package io.trustmark.membership.domain.reading;

import io.trustmark.document.application.DocumentReader;
import io.trustmark.document.domain.LineReader;
import io.trustmark.document.domain.PageText;
import io.trustmark.document.domain.ReadableImage;
import io.trustmark.document.infrastructure.TesseractEngine;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads generated documents the way the application does ({@link DocumentReader#read(ReadableImage,
 * DocumentReader.Pass, java.util.function.Function, BiFunction)}, same image size), with engines kept for the whole
 * run.
 */
public final class Ocr implements AutoCloseable {

    public static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";
    public static final int MAX_SIDE = 1200;

    private final Map<String, TesseractEngine> engines = new HashMap<>();

    public static boolean available() {
        return TesseractEngine.available(TESSDATA, "tha+eng");
    }

    public <T> T read(byte[] jpeg, DocumentReader.Pass pass, BiFunction<PageText, LineReader, T> interpret) {
        return DocumentReader.read(
                ReadableImage.of(jpeg, MAX_SIDE),
                pass,
                l -> engines.computeIfAbsent(l, x -> TesseractEngine.open(TESSDATA, x)),
                interpret);
    }

    public <T> T read(BufferedImage image, DocumentReader.Pass pass, BiFunction<PageText, LineReader, T> interpret) {
        return read(SyntheticDocuments.jpeg(image, 0.92f), pass, interpret);
    }

    @Override
    public void close() {
        engines.values().forEach(TesseractEngine::close);
    }
}
