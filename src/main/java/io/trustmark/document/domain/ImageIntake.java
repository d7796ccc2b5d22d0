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
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * Admits an uploaded photo of an identity card: decides whether it is a JPEG or PNG we are
 * willing to decode, and turns it into a clean JPEG fit for storage.
 *
 * <p>Everything is decided from the bytes; the file name and the browser's Content-Type are
 * attacker-controlled and never consulted. The checks run cheapest first, so that hostile
 * input is refused before it costs memory: size, magic bytes, header dimensions, structure,
 * and only then a full decode. The decoded pixels are re-encoded from scratch, which drops
 * every piece of metadata (EXIF with GPS, XMP, IPTC, comments, ICC profiles) and anything a
 * polyglot file hid between or inside segments.
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

    // ISO-BMFF brands of HEIF/AVIF stills, which iPhones and recent Android phones produce, so
    // members are told "wrong format" rather than "not an image".
    private static final Set<String> HEIF_BRANDS = Set.of(
            "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "avif", "avis");

    private static final int JPEG_MARKER_SOI = 0xD8;
    private static final int JPEG_MARKER_EOI = 0xD9;
    private static final int JPEG_MARKER_SOS = 0xDA;
    private static final int JPEG_MARKER_TEM = 0x01;
    private static final int JPEG_MARKER_RST0 = 0xD0;
    private static final int JPEG_MARKER_RST7 = 0xD7;

    private final IntakeLimits limits;

    public ImageIntake(IntakeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Runs every check that does not need a decode: size, type from the magic bytes, header
     * dimensions against the limits, and structural completeness of the file.
     *
     * @return the format and stored dimensions
     * @throws DocumentRefusedException if any check fails
     */
    public ImageHeader inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRefusedException(Reason.EMPTY, "no bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentRefusedException(Reason.TOO_LARGE,
                    bytes.length + " bytes exceeds " + limits.maxBytes(), limits.maxBytes());
        }
        String format = format(bytes);
        ImageHeader header = header(format, bytes);
        checkBounds(header);
        if (JPEG.equals(format)) {
            checkJpegStructure(bytes);
        } else {
            checkPngStructure(bytes);
        }
        return header;
    }

    /**
     * Inspects the upload, decodes it once, turns it upright according to its EXIF orientation
     * and re-encodes it as a baseline JPEG without any metadata.
     *
     * @throws DocumentRefusedException if the upload is refused by {@link #inspect(byte[])} or
     *                                  does not decode cleanly
     */
    public SanitizedImage sanitize(byte[] bytes) {
        ImageHeader header = inspect(bytes);
        BufferedImage decoded = decode(header, bytes);
        int orientation = JPEG.equals(header.format()) ? exifOrientation(bytes) : 1;
        BufferedImage upright = uprightOnWhite(decoded, orientation);
        byte[] jpeg = encodeJpeg(upright);
        return new SanitizedImage(jpeg, upright.getWidth(), upright.getHeight(), sha256Hex(jpeg));
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
            throw new DocumentRefusedException(Reason.DAMAGED,
                    format + " header claims " + size.width + "x" + size.height);
        }
        return new ImageHeader(format, size.width, size.height);
    }

    private void checkBounds(ImageHeader header) {
        int width = header.width();
        int height = header.height();
        if (width > limits.maxWidth() || height > limits.maxHeight() || (long) width * height > limits.maxPixels()) {
            throw new DocumentRefusedException(Reason.TOO_MANY_PIXELS,
                    "header claims " + width + "x" + height + ", limits " + limits);
        }
        if (Math.max(width, height) < limits.minWidth() || Math.min(width, height) < limits.minHeight()) {
            throw new DocumentRefusedException(Reason.TOO_SMALL, width + "x" + height,
                    limits.minWidth(), limits.minHeight());
        }
    }

    /**
     * Walks the JPEG marker structure to the EOI marker. Walking, rather than looking at the
     * last two bytes, is needed because EXIF thumbnails carry EOI markers of their own and
     * because an EOI followed by anything but padding is how JPEG polyglots are built.
     */
    private static void checkJpegStructure(byte[] bytes) {
        int n = bytes.length;
        if (!startsWith(bytes, 0xFF, JPEG_MARKER_SOI)) {
            throw new DocumentRefusedException(Reason.DAMAGED, "JPEG does not start with SOI");
        }
        int pos = 2;
        while (true) {
            if (pos >= n || (bytes[pos] & 0xFF) != 0xFF) {
                throw new DocumentRefusedException(Reason.DAMAGED, "JPEG marker expected at offset " + pos);
            }
            // Any number of 0xFF fill bytes may precede a marker.
            while (pos < n && (bytes[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= n) {
                throw new DocumentRefusedException(Reason.DAMAGED, "JPEG ends inside a marker");
            }
            int marker = bytes[pos++] & 0xFF;
            if (marker == JPEG_MARKER_EOI) {
                checkOnlyPadding(bytes, pos);
                return;
            }
            if (marker == JPEG_MARKER_TEM || (marker >= JPEG_MARKER_RST0 && marker <= JPEG_MARKER_RST7)) {
                continue;
            }
            if (pos + 2 > n) {
                throw new DocumentRefusedException(Reason.DAMAGED, "JPEG ends inside a segment length");
            }
            int length = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
            if (length < 2 || pos + length > n) {
                throw new DocumentRefusedException(Reason.DAMAGED,
                        "JPEG segment 0x" + Integer.toHexString(marker) + " of length " + length + " overruns the file");
            }
            pos += length;
            if (marker == JPEG_MARKER_SOS) {
                pos = endOfEntropyCodedData(bytes, pos);
            }
        }
    }

    /** Returns the offset of the first real marker after a scan's entropy-coded data. */
    private static int endOfEntropyCodedData(byte[] bytes, int pos) {
        int n = bytes.length;
        while (pos + 1 < n) {
            if ((bytes[pos] & 0xFF) != 0xFF) {
                pos++;
                continue;
            }
            int next = bytes[pos + 1] & 0xFF;
            // 0xFF00 is a stuffed data byte, RSTn separate restart intervals, 0xFFFF is fill.
            if (next == 0x00 || (next >= JPEG_MARKER_RST0 && next <= JPEG_MARKER_RST7)) {
                pos += 2;
            } else if (next == 0xFF) {
                pos++;
            } else {
                return pos;
            }
        }
        throw new DocumentRefusedException(Reason.DAMAGED, "JPEG ends inside the image data (no EOI)");
    }

    private static void checkOnlyPadding(byte[] bytes, int from) {
        // Some encoders pad to a block size with zeros; nothing else belongs after EOI.
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                throw new DocumentRefusedException(Reason.TRAILING_DATA,
                        (bytes.length - from) + " bytes after the JPEG EOI marker");
            }
        }
    }

    /**
     * Walks the PNG chunks, verifying each CRC, to an IEND chunk that must end the file. The
     * decoder ignores CRCs, so this is also the only place corruption inside chunks is caught.
     */
    private static void checkPngStructure(byte[] bytes) {
        int n = bytes.length;
        if (n < PNG_SIGNATURE.length || !Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new DocumentRefusedException(Reason.DAMAGED, "PNG signature incomplete");
        }
        int pos = PNG_SIGNATURE.length;
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
            pos = (int) end;
            if (type == PNG_IEND) {
                if (pos != n) {
                    throw new DocumentRefusedException(Reason.TRAILING_DATA, (n - pos) + " bytes after the PNG IEND chunk");
                }
                return;
            }
        }
        throw new DocumentRefusedException(Reason.DAMAGED, "PNG ends without an IEND chunk");
    }

    private static int readInt(byte[] bytes, int pos) {
        return ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16)
                | ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
    }

    private static BufferedImage decode(ImageHeader header, byte[] bytes) {
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
                throw new DocumentRefusedException(Reason.DAMAGED, "decoder sees " + reader.getWidth(0) + "x"
                        + reader.getHeight(0) + ", header said " + header.width() + "x" + header.height());
            }
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new DocumentRefusedException(Reason.DAMAGED, "decoder warnings: " + warnings);
            }
            return image;
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefusedException(Reason.DAMAGED, header.format() + " failed to decode", e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader firstReader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This JVM has no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /**
     * Returns the EXIF orientation (1-8), or 1 when there is none. Unreadable EXIF is not a
     * reason to refuse a photo that decodes: the metadata is discarded anyway, and the worst
     * outcome is a card shown sideways to the reviewer.
     */
    private static int exifOrientation(byte[] bytes) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(bytes);
            if (metadata instanceof JpegImageMetadata jpegMetadata) {
                TiffField field = jpegMetadata.findExifValue(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int orientation = field.getIntValue();
                    if (orientation >= 1 && orientation <= 8) {
                        return orientation;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    /**
     * Draws the image upright into a fresh RGB canvas. Drawing onto white flattens PNG
     * transparency, which JPEG cannot hold, to what a viewer would have shown.
     */
    private static BufferedImage uprightOnWhite(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swapsSides = orientation >= 5;
        BufferedImage target = new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, BufferedImage.TYPE_INT_RGB);
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
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_HORIZONTAL_AND_ROTATE_270_CW -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, h, 0);
            case TiffTagConstants.ORIENTATION_VALUE_MIRROR_HORIZONTAL_AND_ROTATE_90_CW -> new AffineTransform(0, -1, -1, 0, h, w);
            case TiffTagConstants.ORIENTATION_VALUE_ROTATE_270_CW -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(JPEG).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
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

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
