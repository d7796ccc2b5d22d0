package io.trustmark.document.domain;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The marker structure of a JPEG, walked without decoding: where each segment is, how much of the file
 * is metadata, and the EXIF orientation. It also writes the image back with only the segments a decoder
 * needs, which is how metadata leaves an upright JPEG without re-encoding its pixels.
 *
 * <p>Walking to the EOI marker, rather than looking at the last two bytes, is needed because EXIF
 * thumbnails carry EOI markers of their own and because an EOI followed by anything but padding is how
 * JPEG polyglots are built. The one thing allowed after EOI is what the Multi-Picture Format (CIPA
 * DC-007) declares there: further complete JPEGs, such as the HDR gain map iPhones append.
 */
final class JpegStructure {

    static final int SOI = 0xD8;
    static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int DQT = 0xDB;
    private static final int DHT = 0xC4;
    private static final int DRI = 0xDD;
    private static final int SOF0 = 0xC0;
    private static final int SOF1 = 0xC1;
    private static final int SOF2 = 0xC2;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int TEM = 0x01;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;

    /** The JFIF header ImageIO's encoder writes: "JFIF\0", version, density, no thumbnail. */
    private static final int MINIMAL_JFIF_LENGTH = 16;

    /** A segment: its marker and where its bytes (marker included, scan data included for SOS) lie. */
    record Segment(int marker, int offset, int end) {
        int length() {
            return end - offset;
        }
    }

    private final byte[] bytes;
    private final List<Segment> segments;
    private final long metadataBytes;

    private JpegStructure(byte[] bytes, List<Segment> segments, long metadataBytes) {
        this.bytes = bytes;
        this.segments = segments;
        this.metadataBytes = metadataBytes;
    }

    /**
     * Walks the whole file: the main image to its EOI and whatever follows.
     *
     * @throws DocumentRefusedException DAMAGED when the structure is broken, TRAILING_DATA when
     *                                  anything but padding or declared secondary images follows
     */
    static JpegStructure parse(byte[] bytes) {
        List<Segment> segments = new ArrayList<>();
        int end = walk(bytes, 0, segments);
        long metadata = 0;
        boolean multiPicture = false;
        for (Segment segment : segments) {
            if (isMetadata(segment.marker())) {
                metadata += segment.length();
            }
            multiPicture |= segment.marker() == APP2 && payloadStartsWith(bytes, segment, "MPF\0");
        }
        int pos = end;
        while (multiPicture
                && pos + 1 < bytes.length
                && (bytes[pos] & 0xFF) == 0xFF
                && (bytes[pos + 1] & 0xFF) == SOI) {
            int next = walk(bytes, pos, new ArrayList<>());
            metadata += next - pos;
            pos = next;
        }
        for (int i = pos; i < bytes.length; i++) {
            // Some encoders pad to a block size with zeros; nothing else belongs after EOI.
            if (bytes[i] != 0) {
                throw new DocumentRefusedException(
                        Reason.TRAILING_DATA, (bytes.length - pos) + " bytes after the JPEG EOI marker");
            }
        }
        return new JpegStructure(bytes, segments, metadata);
    }

    /** Walks one JPEG stream from its SOI at {@code start}; returns the offset just after its EOI. */
    private static int walk(byte[] bytes, int start, List<Segment> segments) {
        int n = bytes.length;
        if (start + 1 >= n || (bytes[start] & 0xFF) != 0xFF || (bytes[start + 1] & 0xFF) != SOI) {
            throw new DocumentRefusedException(Reason.DAMAGED, "JPEG does not start with SOI at " + start);
        }
        int pos = start + 2;
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
            // The segment starts at the last fill byte, so a copy of it is exactly 0xFF, marker, payload.
            int segmentStart = pos - 1;
            int marker = bytes[pos++] & 0xFF;
            if (marker == EOI) {
                return pos;
            }
            if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
                continue;
            }
            if (pos + 2 > n) {
                throw new DocumentRefusedException(Reason.DAMAGED, "JPEG ends inside a segment length");
            }
            int length = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
            if (length < 2 || pos + length > n) {
                throw new DocumentRefusedException(
                        Reason.DAMAGED,
                        "JPEG segment 0x" + Integer.toHexString(marker) + " of length " + length
                                + " overruns the file");
            }
            pos += length;
            if (marker == SOS) {
                pos = endOfEntropyCodedData(bytes, pos);
            }
            segments.add(new Segment(marker, segmentStart, pos));
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
            if (next == 0x00 || (next >= RST0 && next <= RST7)) {
                pos += 2;
            } else if (next == 0xFF) {
                pos++;
            } else {
                return pos;
            }
        }
        throw new DocumentRefusedException(Reason.DAMAGED, "JPEG ends inside the image data (no EOI)");
    }

    private static boolean isMetadata(int marker) {
        return (marker >= APP0 && marker <= APP15) || marker == COM;
    }

    private static boolean isImageData(int marker) {
        return marker == DQT
                || marker == DHT
                || marker == DRI
                || marker == SOF0
                || marker == SOF1
                || marker == SOF2
                || marker == SOS;
    }

    private static boolean payloadStartsWith(byte[] bytes, Segment segment, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        int from = segment.offset() + 4;
        if (from + expected.length > segment.end()) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** APPn, COM and declared secondary images, in bytes. */
    long metadataBytes() {
        return metadataBytes;
    }

    /**
     * Whether {@link #withoutMetadata()} keeps the picture exactly as decoded: every segment is either
     * metadata or one ImageIO decodes (Huffman-coded baseline, extended or progressive), and no Adobe
     * segment declares a colour transform that dropping it would change.
     */
    boolean rewritableLosslessly() {
        for (Segment segment : segments) {
            int marker = segment.marker();
            if (marker == APP14 || !(isMetadata(marker) || isImageData(marker))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Colour samples per pixel of the main image, from its frame header's sampling factors: 1.5 for the usual
     * 4:2:0 YCbCr, 3 for 4:4:4, 1 for grey; 3 when there is no readable frame header.
     */
    double samplesPerPixel() {
        for (Segment segment : segments) {
            int marker = segment.marker();
            if ((marker == SOF0 || marker == SOF1 || marker == SOF2) && segment.length() >= 12) {
                int n = bytes[segment.offset() + 9] & 0xFF;
                if (n < 1 || segment.length() < 10 + 3 * n) {
                    return 3;
                }
                int hMax = 1;
                int vMax = 1;
                int sum = 0;
                for (int c = 0; c < n; c++) {
                    int factors = bytes[segment.offset() + 11 + 3 * c] & 0xFF;
                    int h = Math.max(1, factors >> 4);
                    int v = Math.max(1, factors & 0x0F);
                    hMax = Math.max(hMax, h);
                    vMax = Math.max(vMax, v);
                    sum += h * v;
                }
                return (double) sum / (hMax * vMax);
            }
        }
        return 3;
    }

    /** Whether the main image is progressive (several scans), which {@link JpegTransform} leaves to a decode. */
    boolean progressive() {
        return segments.stream().anyMatch(segment -> segment.marker() == SOF2);
    }

    /** The main image with only the segments a decoder needs: no EXIF, XMP, IPTC, ICC, comments or trailer. */
    byte[] withoutMetadata() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(0xFF);
        out.write(SOI);
        for (Segment segment : segments) {
            if (isImageData(segment.marker())) {
                out.write(bytes, segment.offset(), segment.length());
            }
        }
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    /**
     * The EXIF orientation (1-8) from the first APP1 "Exif" segment, or 1. Read here, within the
     * segment's bounds, rather than by a general metadata parser: unreadable EXIF is no reason to refuse
     * a photo that decodes, the metadata is discarded anyway, and the worst outcome is a card shown sideways.
     */
    int orientation() {
        for (Segment segment : segments) {
            if (segment.marker() == APP1 && payloadStartsWith(bytes, segment, "Exif\0\0")) {
                int orientation = tiffOrientation(segment.offset() + 10, segment.end());
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        }
        return 1;
    }

    private int tiffOrientation(int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = unsigned32(tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = unsigned16((int) (tiff + ifd), little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) (tiff + ifd + 2 + 12L * i);
            if (entry + 12 > end) {
                return 1;
            }
            // Tag 0x0112, type SHORT (3): the value sits in the first two bytes of the value field.
            if (unsigned16(entry, little) == 0x0112 && unsigned16(entry + 2, little) == 3) {
                return unsigned16(entry + 8, little);
            }
        }
        return 1;
    }

    private int unsigned16(int at, boolean little) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private long unsigned32(int at, boolean little) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = bytes[at + (little ? 3 - i : i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    /**
     * Reads back what the intake is about to store and fails loudly if anything but image data (and
     * ImageIO's minimal JFIF header) is in it. A failure here is a bug in the intake, never the
     * member's fault, so it is not a refusal.
     */
    static void verifyClean(byte[] jpeg) {
        JpegStructure structure;
        try {
            structure = parse(jpeg);
        } catch (DocumentRefusedException e) {
            throw new IllegalStateException("The intake produced a JPEG it cannot read back", e);
        }
        if (structure.metadataBytes() > MINIMAL_JFIF_LENGTH + 2) {
            throw new IllegalStateException("Metadata survived the intake: " + structure.metadataBytes() + " bytes");
        }
        for (Segment segment : structure.segments) {
            boolean minimalJfif = segment.marker() == APP0
                    && segment.length() == MINIMAL_JFIF_LENGTH + 2
                    && payloadStartsWith(jpeg, segment, "JFIF\0");
            if (!minimalJfif && !isImageData(segment.marker())) {
                throw new IllegalStateException(
                        "Segment 0x" + Integer.toHexString(segment.marker()) + " survived the intake");
            }
        }
        int end = structure.segments.isEmpty()
                ? 2
                : structure.segments.get(structure.segments.size() - 1).end() + 2;
        if (end != jpeg.length) {
            throw new IllegalStateException("Bytes after the image survived the intake");
        }
    }
}
