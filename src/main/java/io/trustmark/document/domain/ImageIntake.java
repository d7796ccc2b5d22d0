package io.trustmark.document.domain;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.ImageFormat;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * Admits an uploaded photo of a document: decides whether it is a JPEG or PNG we are willing to decode,
 * whether it is good enough for a reviewer to read, and turns it into a clean, upright JPEG fit for
 * storage, with the hashes that recognise it again.
 *
 * <p>Everything is decided from the bytes; the file name and the browser's Content-Type are
 * attacker-controlled and never consulted. The stages run cheapest first, so that hostile input is
 * refused before it costs memory: size, type from the magic bytes, header dimensions (bounded, and the
 * document kind's minimum), structure and metadata volume, and only then one decode. A JPEG that is
 * already upright is decoded at a reduced size, because only the quality checks and the perceptual hash
 * need its pixels, and is then rewritten with only the segments a decoder needs. Anything else (a PNG, a
 * JPEG that must be turned) is decoded in full, turned upright and re-encoded. Either way the output
 * carries no metadata (EXIF with GPS, XMP, IPTC, ICC profiles, comments) and nothing a polyglot hid after
 * the image, which is verified by reading the output back before it is returned.
 *
 * <p>Every refusal is a {@link DocumentRefusedException}; no parser exception escapes.
 * Instances are immutable and thread-safe.
 */
public final class ImageIntake {

    private static final String JPEG = "JPEG";
    private static final String PNG = "PNG";

    private static final float JPEG_QUALITY = 0.9f;
    private static final int SNIFF_LENGTH = 4096;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PNG_IEND = 0x49454E44;
    /** Chunks every PNG decoder needs; all others (text, ICC, EXIF, private) count as metadata. */
    private static final Set<String> PNG_IMAGE_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS");

    // ISO-BMFF brands of HEIF/AVIF stills, which iPhones and recent Android phones produce, so
    // members are told "wrong format" rather than "not an image".
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "avif", "avis");

    private final IntakeLimits limits;
    private final QualityThresholds quality;
    private final DecodeBudget budget;

    /** An intake whose decodes are bounded by nothing but the limits (tools, tests of single uploads). */
    public ImageIntake(IntakeLimits limits, QualityThresholds quality) {
        this(limits, quality, new DecodeBudget(Long.MAX_VALUE, java.time.Duration.ZERO));
    }

    /** An intake whose decodes share {@code budget} with every other upload of the application. */
    public ImageIntake(IntakeLimits limits, QualityThresholds quality, DecodeBudget budget) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.quality = Objects.requireNonNull(quality, "quality");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * Runs every check that does not need a decode: size, type from the magic bytes, header
     * dimensions against the limits and the kind's minimum, structural completeness and metadata volume.
     *
     * @return the format and stored dimensions
     * @throws DocumentRefusedException if any check fails
     */
    public ImageHeader inspect(byte[] bytes, DocumentKind kind) {
        return examine(bytes, kind).header();
    }

    /**
     * Inspects the upload, decodes it once, turns it upright, checks sharpness and exposure, and returns
     * it without metadata, with its SHA-256 and perceptual hash.
     *
     * @throws DocumentRefusedException if the upload is refused at any stage
     */
    public SanitizedImage sanitize(byte[] bytes, DocumentKind kind) {
        Examined examined = examine(bytes, kind);
        // The header is known and nothing is decoded yet: reserve the heap the decode will take, or wait.
        try (DecodeBudget.Permit permit = budget.reserve(decodeBytes(examined.header(), examined.jpeg(), bytes))) {
            return sanitize(examined, bytes);
        } catch (OutOfMemoryError e) {
            // The estimate fell short, or other work filled the heap: this upload's pixels are unreachable
            // now that the error unwound its frames, so nothing else has to fail. It is the server's
            // shortage, not the photo's fault, so the member is asked to send it again rather than told
            // it is damaged.
            throw new DocumentRefusedException(Reason.BUSY, "heap ran short while decoding", e);
        }
    }

    private SanitizedImage sanitize(Examined examined, byte[] bytes) {
        ImageHeader header = examined.header();
        JpegStructure jpeg = examined.jpeg();
        int orientation = jpeg == null ? 1 : jpeg.orientation();
        if (jpeg != null && jpeg.rewritableLosslessly()) {
            // Only the checks and the hash need pixels, and a point-sampled grey copy serves them; the stored image
            // is the original's own coded data, without metadata and turned (if it must be) block by block.
            int step = PhotoAnalysis.step(header.width(), header.height());
            byte[] clean = jpeg.withoutMetadata();
            if (orientation == 1) {
                PhotoAnalysis analysis = PhotoAnalysis.of(decode(header, bytes, step), 1);
                checkQuality(analysis);
                return stored(clean, header.width(), header.height(), analysis);
            }
            // The turn reads every coefficient anyway, so it also gives the grey copy: no decode at all.
            JpegTransform.Result turned = JpegTransform.upright(clean, orientation, step);
            if (turned != null) {
                PhotoAnalysis analysis = PhotoAnalysis.of(turned.grey(), turned.greyWidth(), turned.greyHeight());
                checkQuality(analysis);
                return stored(turned.jpeg(), turned.width(), turned.height(), analysis);
            }
        }
        BufferedImage decoded = decode(header, bytes, 1);
        // A plain RGB picture that needs no turn is encoded as decoded: a second full-size canvas would double
        // the heap a large PNG takes.
        BufferedImage upright = orientation == 1 && decoded.getType() == BufferedImage.TYPE_3BYTE_BGR
                ? decoded
                : uprightOnWhite(decoded, orientation);
        PhotoAnalysis analysis = PhotoAnalysis.of(upright, PhotoAnalysis.step(upright.getWidth(), upright.getHeight()));
        checkQuality(analysis);
        return stored(encodeJpeg(upright, JPEG_QUALITY), upright.getWidth(), upright.getHeight(), analysis);
    }

    private static SanitizedImage stored(byte[] clean, int width, int height, PhotoAnalysis analysis) {
        JpegStructure.verifyClean(clean);
        return new SanitizedImage(clean, width, height, sha256Hex(clean), analysis.dHash());
    }

    /**
     * The heap a sanitize of this upload takes at most, from its header alone: the decoded pixels (a reduced
     * grid for a JPEG that is rewritten rather than re-encoded, plus its coefficients when it is turned), a
     * second canvas when the pixels must be turned or flattened, and copies of the file.
     */
    static long decodeBytes(ImageHeader header, JpegStructure jpeg, byte[] bytes) {
        long pixels = (long) header.width() * header.height();
        // The upload's own bytes are already on the heap; what the intake adds is one clean copy of them.
        long files = bytes.length;
        if (jpeg != null && jpeg.rewritableLosslessly()) {
            if (jpeg.orientation() == 1) {
                int step = PhotoAnalysis.step(header.width(), header.height());
                return files + (header.width() / step + 1L) * (header.height() / step + 1L) * 4 * 2;
            }
            // Turned block by block: 16-bit coefficients for every colour sample, padded to whole blocks, and a
            // 64-bit mask of the non-zero ones per block (a sixteenth more); a progressive JPEG is turned by
            // decoding its pixels instead, which needs what the pixel path needs.
            long samples = (long) ((header.width() + 16L) * (header.height() + 16L) * jpeg.samplesPerPixel());
            long coefficients = samples * 2 + samples / 8;
            return files * 2 + (jpeg.progressive() ? Math.max(coefficients, pixels * 6) : coefficients);
        }
        if (jpeg != null) {
            return files + pixels * (jpeg.orientation() == 1 ? 3 : 6);
        }
        return files + pixels * (pngBytesPerPixel(bytes) + (isPlainRgbPng(bytes) ? 0 : 3));
    }

    /** Bytes per decoded pixel of a PNG, from its IHDR: channels times 1 or 2 bytes a sample (8 when unreadable). */
    private static int pngBytesPerPixel(byte[] bytes) {
        if (bytes.length < 26) {
            return 8;
        }
        int depth = bytes[24] & 0xFF;
        int channels = switch (bytes[25] & 0xFF) {
            case 0, 3 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            default -> 4;
        };
        return channels * (depth == 16 ? 2 : 1);
    }

    /** An 8-bit RGB PNG without alpha decodes to the layout the JPEG encoder takes, so it needs no second canvas. */
    private static boolean isPlainRgbPng(byte[] bytes) {
        return bytes.length >= 26 && (bytes[24] & 0xFF) == 8 && (bytes[25] & 0xFF) == 2;
    }

    /** Measures without refusing: what the quality thresholds are tuned on. */
    public PhotoAnalysis analyse(byte[] bytes, DocumentKind kind) {
        Examined examined = examine(bytes, kind);
        int orientation = examined.jpeg() == null ? 1 : examined.jpeg().orientation();
        BufferedImage upright = uprightOnWhite(decode(examined.header(), bytes, 1), orientation);
        return PhotoAnalysis.of(upright, PhotoAnalysis.step(upright.getWidth(), upright.getHeight()));
    }

    private record Examined(ImageHeader header, JpegStructure jpeg) {}

    private Examined examine(byte[] bytes, DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRefusedException(Reason.EMPTY, "no bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentRefusedException(
                    Reason.TOO_LARGE, bytes.length + " bytes exceeds " + limits.maxBytes(), limits.maxBytes());
        }
        String format = format(bytes);
        ImageHeader header = header(format, bytes);
        checkBounds(header, kind);
        JpegStructure jpeg = null;
        long metadata;
        if (JPEG.equals(format)) {
            jpeg = JpegStructure.parse(bytes);
            metadata = jpeg.metadataBytes();
        } else {
            metadata = checkPngStructure(bytes);
        }
        if (metadata > limits.maxMetadataBytes()) {
            throw new DocumentRefusedException(
                    Reason.METADATA_TOO_LARGE, metadata + " bytes of metadata", limits.maxMetadataBytes() / 1024);
        }
        return new Examined(header, jpeg);
    }

    private void checkQuality(PhotoAnalysis analysis) {
        // Darkness first: a dark photo is also soft, and "too dark" is the advice that helps.
        if (analysis.brightest() < quality.minBrightest()) {
            throw new DocumentRefusedException(Reason.TOO_DARK, "brightest " + analysis.brightest());
        }
        if (analysis.darkest() > quality.maxDarkest()) {
            throw new DocumentRefusedException(Reason.OVEREXPOSED, "darkest " + analysis.darkest());
        }
        if (analysis.sharpness() < quality.minSharpness()) {
            throw new DocumentRefusedException(Reason.BLURRY, "sharpness " + Math.round(analysis.sharpness()));
        }
    }

    private static String format(byte[] bytes) {
        ImageFormat guessed;
        try {
            guessed = Imaging.guessFormat(bytes);
        } catch (IOException | RuntimeException e) {
            // Thrown for inputs shorter than the two magic bytes.
            guessed = ImageFormats.UNKNOWN;
        }
        if (guessed == ImageFormats.JPEG) {
            return JPEG;
        }
        if (guessed == ImageFormats.PNG) {
            return PNG;
        }
        if (guessed != ImageFormats.UNKNOWN || isHeif(bytes)) {
            String name = guessed == ImageFormats.UNKNOWN ? "HEIF/AVIF" : guessed.getName();
            throw new DocumentRefusedException(Reason.UNSUPPORTED_FORMAT, "format " + name);
        }
        if (looksLikeSvg(bytes)) {
            throw new DocumentRefusedException(Reason.SVG, "XML text with an <svg element");
        }
        throw new DocumentRefusedException(Reason.NOT_AN_IMAGE, "unrecognised magic bytes");
    }

    private static boolean isHeif(byte[] bytes) {
        // An ISO-BMFF file opens with a box of type "ftyp" whose payload starts with the brand.
        return bytes.length >= 12
                && new String(bytes, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
                && HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1));
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        int offset = 0;
        Charset charset = StandardCharsets.ISO_8859_1;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        }
        // ISO-8859-1 maps every byte to a char, so ASCII markup is found whatever the real encoding.
        String head = new String(bytes, offset, Math.min(bytes.length, SNIFF_LENGTH) - offset, charset);
        return head.strip().startsWith("<") && head.toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImageHeader header(String format, byte[] bytes) {
        // getImageSize reads only the PNG IHDR or the JPEG SOF segment. getImageInfo would also
        // inflate every PNG zTXt/iTXt chunk without bound before we get to check anything.
        Dimension size;
        try {
            size = Imaging.getImageSize(bytes);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefusedException(Reason.DAMAGED, format + " header unreadable", e);
        }
        if (size.width <= 0 || size.height <= 0) {
            throw new DocumentRefusedException(
                    Reason.DAMAGED, format + " header claims " + size.width + "x" + size.height);
        }
        return new ImageHeader(format, size.width, size.height);
    }

    private void checkBounds(ImageHeader header, DocumentKind kind) {
        int width = header.width();
        int height = header.height();
        if (width > limits.maxWidth() || height > limits.maxHeight() || (long) width * height > limits.maxPixels()) {
            throw new DocumentRefusedException(
                    Reason.TOO_MANY_PIXELS, "header claims " + width + "x" + height + ", limits " + limits);
        }
        MinimumSize minimum = limits.minimum(kind);
        if (!minimum.admits(width, height)) {
            throw new DocumentRefusedException(
                    Reason.TOO_SMALL, width + "x" + height + " for " + kind, minimum.longSide(), minimum.shortSide());
        }
    }

    /**
     * Walks the PNG chunks, verifying each CRC, to an IEND chunk that must end the file. The
     * decoder ignores CRCs, so this is also the only place corruption inside chunks is caught.
     *
     * @return the bytes in chunks other than the image's own (text, ICC profile, EXIF, private chunks)
     */
    private static long checkPngStructure(byte[] bytes) {
        int n = bytes.length;
        if (n < PNG_SIGNATURE.length
                || !Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new DocumentRefusedException(Reason.DAMAGED, "PNG signature incomplete");
        }
        int pos = PNG_SIGNATURE.length;
        long metadata = 0;
        CRC32 crc = new CRC32();
        while (pos + 8 <= n) {
            long length = readInt(bytes, pos) & 0xFFFF_FFFFL;
            int type = readInt(bytes, pos + 4);
            long end = pos + 12 + length;
            if (end > n) {
                throw new DocumentRefusedException(Reason.DAMAGED, "PNG chunk at offset " + pos + " overruns the file");
            }
            crc.reset();
            crc.update(bytes, pos + 4, (int) length + 4);
            if ((int) crc.getValue() != readInt(bytes, (int) end - 4)) {
                throw new DocumentRefusedException(Reason.DAMAGED, "PNG chunk at offset " + pos + " has a bad CRC");
            }
            if (!PNG_IMAGE_CHUNKS.contains(new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1))) {
                metadata += end - pos;
            }
            pos = (int) end;
            if (type == PNG_IEND) {
                if (pos != n) {
                    throw new DocumentRefusedException(
                            Reason.TRAILING_DATA, (n - pos) + " bytes after the PNG IEND chunk");
                }
                return metadata;
            }
        }
        throw new DocumentRefusedException(Reason.DAMAGED, "PNG ends without an IEND chunk");
    }

    private static int readInt(byte[] bytes, int pos) {
        return ((bytes[pos] & 0xFF) << 24)
                | ((bytes[pos + 1] & 0xFF) << 16)
                | ((bytes[pos + 2] & 0xFF) << 8)
                | (bytes[pos + 3] & 0xFF);
    }

    /**
     * Decodes the image once, every {@code step}-th pixel of every {@code step}-th row. The decoder still
     * reads every byte of the image data, so damage is caught whatever the step.
     */
    private static BufferedImage decode(ImageHeader header, byte[] bytes, int step) {
        ImageReader reader = firstReader(header.format());
        // A memory-backed stream, rather than ImageIO.createImageInputStream, because the
        // latter may spill uploads to a temp file depending on the global ImageIO.setUseCache.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            List<String> warnings = new ArrayList<>();
            // The JPEG decoder reports truncated or corrupt data only as a warning and returns
            // grey pixels. Recording instead of throwing, because the listener runs inside a
            // native callback where an exception would not reliably abort the decode.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(input, true, true);
            // Our parser and ImageIO's could disagree on a crafted file (several SOF segments,
            // say); never let the decoder allocate for dimensions other than the checked ones.
            if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                throw new DocumentRefusedException(
                        Reason.DAMAGED,
                        "decoder sees " + reader.getWidth(0) + "x" + reader.getHeight(0) + ", header said "
                                + header.width() + "x" + header.height());
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new DocumentRefusedException(Reason.DAMAGED, "decoder warnings: " + warnings);
            }
            return image;
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw decodeFailure(header.format(), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Why a decode failed, as a refusal. ImageIO's PNG reader wraps every Throwable, an OutOfMemoryError
     * included, in an IIOException: a photo must never be called damaged because the server ran short.
     */
    static DocumentRefusedException decodeFailure(String format, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return new DocumentRefusedException(Reason.BUSY, format + " decode ran out of heap", failure);
            }
        }
        return new DocumentRefusedException(Reason.DAMAGED, format + " failed to decode", failure);
    }

    private static ImageReader firstReader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This JVM has no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /**
     * Draws the image upright into a fresh RGB canvas. Drawing onto white flattens PNG
     * transparency, which JPEG cannot hold, to what a viewer would have shown.
     */
    private static BufferedImage uprightOnWhite(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swapsSides = orientation >= 5;
        // Three bytes per pixel, blue first: the layout the JPEG encoder takes without converting.
        BufferedImage target = new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            // Quarter turns and mirrors map pixels exactly; nothing may be interpolated.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(source, orientationTransform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Maps stored pixel space onto upright pixel space, per the EXIF/TIFF orientation values. */
    private static AffineTransform orientationTransform(int orientation, int w, int h) {
        // Arguments are m00, m10, m01, m11, m02, m12: x' = m00*x + m01*y + m02, y' = m10*x + m11*y + m12.
        return switch (orientation) {
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case TiffTagConstants.ORIENTATION_VALUE_ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, h);
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_HORIZONTAL_AND_ROTATE_270_CW ->
                new AffineTransform(0, 1, 1, 0, 0, 0);
            case TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, h, 0);
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_HORIZONTAL_AND_ROTATE_90_CW ->
                new AffineTransform(0, -1, -1, 0, h, w);
            case TiffTagConstants.ORIENTATION_VALUE_ROTATE_270_CW -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /** A baseline JPEG of {@code image} with no metadata at all, at {@code quality} (0 to 1). */
    public static byte[] encodeJpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(JPEG).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            // No metadata object: the writer emits only a minimal JFIF header of its own.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding to an in-memory JPEG failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
