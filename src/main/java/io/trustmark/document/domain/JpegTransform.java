package io.trustmark.document.domain;

import java.util.Arrays;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/**
 * Turns a baseline JPEG upright without decoding its pixels: the quantised DCT coefficients are moved and
 * sign-flipped block by block (a quarter turn of an 8×8 block is a transposition of its coefficients and a
 * negation of the odd ones along the flipped axis), as jpegtran does. No pixel is recomputed, so nothing is lost
 * and it costs a Huffman decode and encode instead of a decode, a turn of the full pixels and a re-encode.
 *
 * <p>Like {@code jpegtran -trim}, an edge that is not a whole MCU (at most 15 pixels) is dropped when it would
 * end up on the top or left, where a decoder cannot hide the padding of a partial block.
 *
 * <p>Handles what phones write: 8-bit Huffman-coded sequential YCbCr JPEGs in one interleaved scan, with or
 * without restart markers. Anything else (progressive, arithmetic, 12-bit, grey, CMYK, several scans) answers
 * {@code null}, and the caller turns the decoded pixels instead. The coefficients are written back with the
 * standard tables of the JPEG specification (Annex K), which code every symbol a turn can produce.
 */
final class JpegTransform {

    /** The natural (row-major) index of the k-th coefficient in zig-zag order. */
    private static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
        21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
        61, 54, 47, 55, 62, 63
    };

    /** The zig-zag index of each natural (row-major) index. */
    private static final int[] ZIGZAG_OF = new int[64];

    /** {@code BASIS_BY_FREQUENCY[u][x]}: the weight of frequency u at pixel x of a block, C(u)/2 · cos. */
    private static final double[][] BASIS_BY_FREQUENCY = new double[8][8];

    static {
        for (int k = 0; k < 64; k++) {
            ZIGZAG_OF[ZIGZAG[k]] = k;
        }
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                BASIS_BY_FREQUENCY[u][x] = (u == 0 ? Math.sqrt(0.5) : 1) / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
    }

    /**
     * The upright image and its size, with a grey copy of it: every {@code step}-th pixel of every
     * {@code step}-th row (the brightness of the upright image at those pixels, computed from the coefficients
     * alone), {@code greyWidth} × {@code greyHeight}, for the quality checks and the hash.
     */
    record Result(byte[] jpeg, int width, int height, int[] grey, int greyWidth, int greyHeight) {}

    /** Thrown inside for any stream this class does not handle; the caller sees {@code null}. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final byte[] in;
    private final boolean transpose;
    private final boolean flipX;
    private final boolean flipY;
    /**
     * For the k-th zig-zag coefficient of a source block: its zig-zag index in the turned block, and its sign there.
     * Applied as the coefficients are read, so that the writer (and the grey copy) reads each block in order.
     */
    private final int[] turnedIndex = new int[64];

    private final int[] turnedSign = new int[64];
    private final int[][] quant = new int[4][];
    private final boolean[] quant16 = new boolean[4];
    private final Huffman[] dc = new Huffman[4];
    private final Huffman[] ac = new Huffman[4];
    private int width;
    private int height;
    private int[] ids;
    private int[] hs;
    private int[] vs;
    private int[] tq;
    private int hMax;
    private int vMax;
    private int restartInterval;
    private short[][] coefficients;
    /**
     * Per component and turned block: bit k set when its k-th zig-zag coefficient is not zero (DC always set). The
     * writer and the grey copy visit just those, without testing 63 mostly zero coefficients one by one.
     */
    private long[][] nonZero;

    private GreyCopy grey;
    /** The sums of the grey copy's pixels inside the luma block being read (when every block has them alike). */
    private double[] greySums;

    private int outWidth;
    private int outHeight;
    private int[] outBlocksWide;
    private int[] outBlocksHigh;

    private int[] blocksWide;
    private int[] blocksHigh;

    private JpegTransform(byte[] in, int orientation) {
        this.in = in;
        transpose = orientation >= 5;
        flipX = orientation == 2 || orientation == 3 || orientation == 6 || orientation == 7;
        flipY = orientation == 3 || orientation == 4 || orientation == 7 || orientation == 8;
        for (int k = 0; k < 64; k++) {
            int u = ZIGZAG[k] % 8;
            int v = ZIGZAG[k] / 8;
            int source = ZIGZAG_OF[transpose ? u * 8 + v : v * 8 + u];
            turnedIndex[source] = k;
            turnedSign[source] = (flipX && (u & 1) == 1) != (flipY && (v & 1) == 1) ? -1 : 1;
        }
    }

    /**
     * {@code jpeg} (a clean stream: only the segments a decoder needs) turned per the EXIF {@code orientation},
     * with its grey copy sampled every {@code step} pixels, or null when the stream is not one this class handles
     * or its coded data is damaged (the caller's decode then says which).
     */
    static Result upright(byte[] jpeg, int orientation, int step) {
        try {
            var transform = new JpegTransform(jpeg, orientation);
            transform.read(step);
            return transform.write();
        } catch (Unsupported | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            return null;
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    private void read(int step) {
        int pos = 2;
        boolean scanned = false;
        while (pos + 4 <= in.length) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new Unsupported("marker expected");
            }
            int marker = in[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD9) {
                break;
            }
            int length = u16(pos + 2);
            int body = pos + 4;
            int end = pos + 2 + length;
            switch (marker) {
                case 0xDB -> readQuantisation(body, end);
                case 0xC4 -> readHuffman(body, end);
                case 0xC0, 0xC1 -> readFrame(body);
                case 0xDD -> restartInterval = u16(body);
                case 0xDA -> {
                    if (scanned) {
                        throw new Unsupported("more than one scan");
                    }
                    end = readScan(body, end, step);
                    scanned = true;
                }
                default -> {
                    if (marker >= 0xC2 && marker <= 0xCF) {
                        throw new Unsupported("not baseline: SOF 0x" + Integer.toHexString(marker));
                    }
                }
            }
            pos = end;
        }
        if (!scanned) {
            throw new Unsupported("no scan");
        }
    }

    private void readQuantisation(int pos, int end) {
        while (pos < end) {
            int precision = in[pos] >> 4 & 0x0F;
            int id = in[pos] & 0x03;
            pos++;
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[ZIGZAG[k]] = precision == 0 ? in[pos++] & 0xFF : u16((pos += 2) - 2);
            }
            quant[id] = table;
            quant16[id] = precision != 0;
        }
    }

    private void readHuffman(int pos, int end) {
        while (pos < end) {
            int type = in[pos] >> 4 & 0x0F;
            int id = in[pos] & 0x03;
            pos++;
            int[] counts = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                counts[i] = in[pos++] & 0xFF;
                total += counts[i];
            }
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = in[pos++] & 0xFF;
            }
            (type == 0 ? dc : ac)[id] = new Huffman(counts, values);
        }
    }

    private void readFrame(int pos) {
        if ((in[pos] & 0xFF) != 8) {
            throw new Unsupported("not 8-bit");
        }
        height = u16(pos + 1);
        width = u16(pos + 3);
        int n = in[pos + 5] & 0xFF;
        // Grey JPEGs are left to the decoder: Java reads their pixels through a linear grey colour space, so the
        // quality thresholds see other brightness values there than this class would compute.
        if (height == 0 || width == 0 || n != 3) {
            throw new Unsupported(n + " components, " + width + "x" + height);
        }
        ids = new int[n];
        hs = new int[n];
        vs = new int[n];
        tq = new int[n];
        for (int c = 0; c < n; c++) {
            int at = pos + 6 + 3 * c;
            ids[c] = in[at] & 0xFF;
            // A single component is coded block by block whatever its factors say.
            hs[c] = n == 1 ? 1 : in[at + 1] >> 4 & 0x0F;
            vs[c] = n == 1 ? 1 : in[at + 1] & 0x0F;
            tq[c] = in[at + 2] & 0x03;
            if (hs[c] < 1 || vs[c] < 1 || hs[c] > 2 || vs[c] > 2) {
                throw new Unsupported("sampling " + hs[c] + "x" + vs[c]);
            }
        }
        hMax = Arrays.stream(hs).max().orElseThrow();
        vMax = Arrays.stream(vs).max().orElseThrow();
    }

    private int readScan(int pos, int end, int step) {
        int n = in[pos] & 0xFF;
        if (ids == null || n != ids.length) {
            throw new Unsupported("scan of " + n + " components");
        }
        Huffman[] dcs = new Huffman[n];
        Huffman[] acs = new Huffman[n];
        for (int i = 0; i < n; i++) {
            int id = in[pos + 1 + 2 * i] & 0xFF;
            if (id != ids[i]) {
                throw new Unsupported("scan components out of frame order");
            }
            int tables = in[pos + 2 + 2 * i] & 0xFF;
            dcs[i] = dc[tables >> 4 & 0x03];
            acs[i] = ac[tables & 0x03];
            if (dcs[i] == null || acs[i] == null) {
                throw new Unsupported("missing Huffman table");
            }
        }
        int spectral = pos + 1 + 2 * n;
        if (in[spectral] != 0 || in[spectral + 1] != 63 || in[spectral + 2] != 0) {
            throw new Unsupported("not a sequential scan");
        }
        int mcusWide = ceilDiv(width, 8 * hMax);
        int mcusHigh = ceilDiv(height, 8 * vMax);
        blocksWide = new int[n];
        blocksHigh = new int[n];
        for (int c = 0; c < n; c++) {
            blocksWide[c] = mcusWide * hs[c];
            blocksHigh[c] = mcusHigh * vs[c];
        }
        turnedGeometry();
        // The coefficients are kept where the turned image has them: the writer then reads the planes in order,
        // where reading a quarter-turned source would jump a whole block row between two blocks (a cache miss each).
        coefficients = new short[n][];
        nonZero = new long[n][];
        for (int c = 0; c < n; c++) {
            coefficients[c] = new short[outBlocksWide[c] * outBlocksHigh[c] * 64];
            nonZero[c] = new long[outBlocksWide[c] * outBlocksHigh[c]];
        }
        // The grey copy is read from the luma plane, which must then be the full-resolution one.
        if (hs[0] != hMax || vs[0] != vMax) {
            throw new Unsupported("luma subsampled");
        }
        grey = new GreyCopy(outWidth, outHeight, step, turnedQuantisation(tq[0]));
        greySums = grey.weights == null ? null : new double[grey.perBlock];
        // A block the turn trims away is decoded (the stream must be read through) into a scratch block.
        short[] scratch = new short[64];
        long[] scratchMask = new long[1];
        var bits = new BitReader(in, end);
        int[] predictions = new int[n];
        int mcus = mcusWide * mcusHigh;
        for (int mcu = 0; mcu < mcus; mcu++) {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
                bits.restart();
                Arrays.fill(predictions, 0);
            }
            int mx = mcu % mcusWide;
            int my = mcu / mcusWide;
            for (int c = 0; c < n; c++) {
                for (int v = 0; v < vs[c]; v++) {
                    for (int h = 0; h < hs[c]; h++) {
                        int turned = turnedBlock(c, mx * hs[c] + h, my * vs[c] + v);
                        if (turned < 0) {
                            predictions[c] =
                                    readBlock(bits, dcs[c], acs[c], scratch, scratchMask, 0, predictions[c], null);
                        } else if (c == 0 && grey.weights != null) {
                            predictions[c] = readBlock(
                                    bits,
                                    dcs[c],
                                    acs[c],
                                    coefficients[c],
                                    nonZero[c],
                                    turned,
                                    predictions[c],
                                    grey.weights);
                            grey.store(greySums, turned % outBlocksWide[0], turned / outBlocksWide[0]);
                        } else {
                            predictions[c] = readBlock(
                                    bits, dcs[c], acs[c], coefficients[c], nonZero[c], turned, predictions[c], null);
                        }
                    }
                }
            }
        }
        bits.checkNotPastTheData();
        return bits.end();
    }

    /**
     * The turned image's size and blocks (a partial MCU that the flip brings to the top or left is dropped, as
     * jpegtran -trim does); every turned block must have its source block.
     */
    private void turnedGeometry() {
        int outHMax = transpose ? vMax : hMax;
        int outVMax = transpose ? hMax : vMax;
        outWidth = transpose ? height : width;
        outHeight = transpose ? width : height;
        if (flipX) {
            outWidth -= outWidth % (8 * outHMax);
        }
        if (flipY) {
            outHeight -= outHeight % (8 * outVMax);
        }
        if (outWidth == 0 || outHeight == 0) {
            throw new Unsupported("nothing left after trimming");
        }
        int mcusWide = ceilDiv(outWidth, 8 * outHMax);
        int mcusHigh = ceilDiv(outHeight, 8 * outVMax);
        int n = ids.length;
        outBlocksWide = new int[n];
        outBlocksHigh = new int[n];
        for (int c = 0; c < n; c++) {
            outBlocksWide[c] = mcusWide * (transpose ? vs[c] : hs[c]);
            outBlocksHigh[c] = mcusHigh * (transpose ? hs[c] : vs[c]);
            if (outBlocksWide[c] > (transpose ? blocksHigh[c] : blocksWide[c])
                    || outBlocksHigh[c] > (transpose ? blocksWide[c] : blocksHigh[c])) {
                throw new Unsupported("block outside the source");
            }
        }
    }

    /** Where source block ({@code sx}, {@code sy}) of component {@code c} lies once turned, or -1 if trimmed. */
    private int turnedBlock(int c, int sx, int sy) {
        int fx = transpose ? sy : sx;
        int fy = transpose ? sx : sy;
        int x = flipX ? outBlocksWide[c] - 1 - fx : fx;
        int y = flipY ? outBlocksHigh[c] - 1 - fy : fy;
        if (x < 0 || y < 0 || x >= outBlocksWide[c] || y >= outBlocksHigh[c]) {
            return -1;
        }
        return y * outBlocksWide[c] + x;
    }

    /** Reads one block into its turned place: each coefficient at its turned zig-zag index, with its turned sign. */
    private int readBlock(
            BitReader bits,
            Huffman dcTable,
            Huffman acTable,
            short[] out,
            long[] masks,
            int block,
            int prediction,
            double[] weights) {
        int at = block * 64;
        long mask = 1L;
        int size = dcTable.decode(bits);
        int dcValue = prediction + bits.receive(size);
        out[at] = (short) dcValue;
        int[] combined = acTable.coefficients;
        for (int k = 1; k < 64; ) {
            int entry = combined[bits.peek(Huffman.COMBINED)];
            int value;
            if (entry != 0) {
                bits.skip(entry & 0xFF);
                int run = entry >> 8 & 0xFF;
                if (run == Huffman.END_OF_BLOCK) {
                    break;
                }
                k += run;
                value = entry >> 16;
            } else {
                int symbol = acTable.decode(bits);
                int run = symbol >> 4;
                int magnitude = symbol & 0x0F;
                if (magnitude == 0) {
                    if (run != 15) {
                        break;
                    }
                    k += 16;
                    continue;
                }
                k += run;
                value = bits.receive(magnitude);
            }
            if (k > 63) {
                throw new Unsupported("coefficient past the block");
            }
            int turned = turnedIndex[k];
            out[at + turned] = (short) (turnedSign[k] * value);
            mask |= 1L << turned;
            k++;
        }
        masks[block] = mask;
        if (weights != null) {
            greySums(out, at, mask, weights);
        }
        return dcValue;
    }

    /** The grey copy's pixels inside a luma block just read, summed over its coefficients that are not zero. */
    private void greySums(short[] plane, int at, long mask, double[] weights) {
        double[] sums = greySums;
        if (sums.length == 4) {
            // The step of a 12-megapixel photo: four pixels a block, kept in registers.
            double s0 = 128;
            double s1 = 128;
            double s2 = 128;
            double s3 = 128;
            for (long m = mask; m != 0; m &= m - 1) {
                int k = Long.numberOfTrailingZeros(m);
                double coefficient = plane[at + k];
                int w = k * 4;
                s0 += coefficient * weights[w];
                s1 += coefficient * weights[w + 1];
                s2 += coefficient * weights[w + 2];
                s3 += coefficient * weights[w + 3];
            }
            sums[0] = s0;
            sums[1] = s1;
            sums[2] = s2;
            sums[3] = s3;
            return;
        }
        int samples = sums.length;
        Arrays.fill(sums, 128);
        for (long m = mask; m != 0; m &= m - 1) {
            int k = Long.numberOfTrailingZeros(m);
            double coefficient = plane[at + k];
            int w = k * samples;
            for (int s = 0; s < samples; s++) {
                sums[s] += coefficient * weights[w + s];
            }
        }
    }

    // ---- writing -------------------------------------------------------------------------------

    private Result write() {
        int n = ids.length;
        int[] outH = transpose ? vs : hs;
        int[] outV = transpose ? hs : vs;
        int mcusWide = outBlocksWide[0] / outH[0];
        int mcusHigh = outBlocksHigh[0] / outV[0];

        var out = new BitWriter(in.length + 4096);
        out.raw(0xFF, 0xD8);
        for (int table = 0; table < 4; table++) {
            if (used(table)) {
                writeQuantisation(out, table, transpose);
            }
        }
        out.raw(0xFF, 0xC0);
        out.u16(8 + 3 * n);
        out.raw(8);
        out.u16(outHeight);
        out.u16(outWidth);
        out.raw(n);
        for (int c = 0; c < n; c++) {
            out.raw(ids[c], n == 1 ? 0x11 : outH[c] << 4 | outV[c], tq[c]);
        }
        var luma = new Encoder(JPEGHuffmanTable.StdDCLuminance, JPEGHuffmanTable.StdACLuminance);
        var chroma = new Encoder(JPEGHuffmanTable.StdDCChrominance, JPEGHuffmanTable.StdACChrominance);
        luma.writeTables(out, 0);
        if (n > 1) {
            chroma.writeTables(out, 1);
        }
        out.raw(0xFF, 0xDA);
        out.u16(6 + 2 * n);
        out.raw(n);
        for (int c = 0; c < n; c++) {
            out.raw(ids[c], c == 0 ? 0x00 : 0x11);
        }
        out.raw(0, 63, 0);

        int[] predictions = new int[n];
        for (int my = 0; my < mcusHigh; my++) {
            for (int mx = 0; mx < mcusWide; mx++) {
                for (int c = 0; c < n; c++) {
                    for (int v = 0; v < outV[c]; v++) {
                        for (int h = 0; h < outH[c]; h++) {
                            int x = mx * outH[c] + h;
                            int y = my * outV[c] + v;
                            int block = y * outBlocksWide[c] + x;
                            long mask = nonZero[c][block];
                            predictions[c] = (c == 0 ? luma : chroma)
                                    .block(out, coefficients[c], block * 64, mask, predictions[c]);
                            if (c == 0 && grey.weights == null) {
                                grey.sample(coefficients[0], block * 64, mask, x * 8, y * 8);
                            }
                        }
                    }
                }
            }
        }
        out.flush();
        out.raw(0xFF, 0xD9);
        return new Result(out.bytes(), outWidth, outHeight, grey.grey, grey.width, grey.height);
    }

    /** The quantiser of each zig-zag coefficient of a turned block of table {@code table}. */
    private int[] turnedQuantisation(int table) {
        int[] q = quant[table];
        if (q == null) {
            throw new Unsupported("missing quantisation table " + table);
        }
        int[] scale = new int[64];
        for (int k = 0; k < 64; k++) {
            int natural = ZIGZAG[k];
            scale[k] = transpose ? q[(natural % 8) * 8 + natural / 8] : q[natural];
        }
        return scale;
    }

    /**
     * The brightness of the turned image at every {@code step}-th pixel of every {@code step}-th row, computed by
     * the inverse DCT of each luma block at just those pixels (a few per block, so each is summed directly over
     * the block's non-zero coefficients).
     */
    private static final class GreyCopy {
        final int width;
        final int height;
        final int[] grey;
        private final int imageWidth;
        private final int imageHeight;
        private final int step;
        private final int[] scale;
        private final double[] sums = new double[64];
        /**
         * When the step divides 8, every block has its samples at the same places: {@code weights[k * n + s]} is
         * the k-th coefficient's dequantised weight at the s-th of those n places (null otherwise).
         */
        final double[] weights;

        final int perBlock;

        GreyCopy(int imageWidth, int imageHeight, int step, int[] scale) {
            this.imageWidth = imageWidth;
            this.imageHeight = imageHeight;
            this.step = step;
            this.scale = scale;
            width = ceilDiv(imageWidth, step);
            height = ceilDiv(imageHeight, step);
            grey = new int[width * height];
            if (8 % step == 0) {
                int side = 8 / step;
                perBlock = side * side;
                weights = new double[64 * perBlock];
                for (int k = 0; k < 64; k++) {
                    double[] frequencyU = BASIS_BY_FREQUENCY[ZIGZAG[k] % 8];
                    double[] frequencyV = BASIS_BY_FREQUENCY[ZIGZAG[k] / 8];
                    for (int s = 0; s < perBlock; s++) {
                        weights[k * perBlock + s] =
                                scale[k] * frequencyV[(s / side) * step] * frequencyU[(s % side) * step];
                    }
                }
            } else {
                perBlock = 0;
                weights = null;
            }
        }

        /** The sums of the samples inside block ({@code bx}, {@code by}), when every block has them alike. */
        void store(double[] sums, int bx, int by) {
            int side = 8 / step;
            int column = bx * side;
            int row = by * side;
            int s = 0;
            for (int y = 0; y < side; y++) {
                int at = (row + y) * width + column;
                boolean inside = row + y < height;
                for (int x = 0; x < side; x++, s++) {
                    if (inside && column + x < width) {
                        double value = sums[s];
                        grey[at + x] = value <= 0 ? 0 : value >= 255 ? 255 : (int) (value + 0.5);
                    }
                }
            }
        }

        /** Any step: the samples of this block are where the step's grid crosses it. */
        void sample(short[] plane, int at, long mask, int left, int top) {
            int firstX = ceilDiv(left, step) * step;
            int firstY = ceilDiv(top, step) * step;
            int endX = Math.min(left + 8, imageWidth);
            int endY = Math.min(top + 8, imageHeight);
            if (firstX >= endX || firstY >= endY) {
                return;
            }
            int columns = (endX - firstX + step - 1) / step;
            int rows = (endY - firstY + step - 1) / step;
            Arrays.fill(sums, 0, columns * rows, 128);
            for (long m = mask; m != 0; m &= m - 1) {
                int k = Long.numberOfTrailingZeros(m);
                int coefficient = plane[at + k];
                double value = coefficient * scale[k];
                double[] frequencyU = BASIS_BY_FREQUENCY[ZIGZAG[k] % 8];
                double[] frequencyV = BASIS_BY_FREQUENCY[ZIGZAG[k] / 8];
                int s = 0;
                for (int y = firstY - top; y < endY - top; y += step) {
                    double rowWeight = value * frequencyV[y];
                    for (int x = firstX - left; x < endX - left; x += step) {
                        sums[s++] += rowWeight * frequencyU[x];
                    }
                }
            }
            int s = 0;
            for (int y = firstY; y < endY; y += step) {
                for (int x = firstX; x < endX; x += step) {
                    grey[(y / step) * width + x / step] = clamp(sums[s++]);
                }
            }
        }

        private static int clamp(double value) {
            return Math.max(0, Math.min(255, (int) Math.round(value)));
        }
    }

    private boolean used(int table) {
        for (int t : tq) {
            if (t == table) {
                return true;
            }
        }
        return false;
    }

    private void writeQuantisation(BitWriter out, int table, boolean transpose) {
        int[] q = quant[table];
        if (q == null) {
            throw new Unsupported("missing quantisation table " + table);
        }
        boolean wide = quant16[table];
        out.raw(0xFF, 0xDB);
        out.u16(3 + 64 * (wide ? 2 : 1));
        out.raw((wide ? 0x10 : 0) | table);
        for (int k = 0; k < 64; k++) {
            int natural = ZIGZAG[k];
            int value = transpose ? q[(natural % 8) * 8 + natural / 8] : q[natural];
            if (wide) {
                out.u16(value);
            } else {
                out.raw(value);
            }
        }
    }

    private int u16(int at) {
        return (in[at] & 0xFF) << 8 | (in[at + 1] & 0xFF);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    // ---- entropy coding ------------------------------------------------------------------------

    /** A decoding table: a 9-bit look-up for the common short codes, the canonical limits for the rest. */
    private static final class Huffman {
        private static final int FAST = 9;
        private final int[] fast = new int[1 << FAST];
        private final int[] maxCode = new int[18];
        private final int[] offset = new int[17];
        private final int[] values;
        /** Bits a {@link #coefficients} look-up reads at once. */
        static final int COMBINED = 11;
        /** The run a {@link #coefficients} entry gives for the end-of-block code. */
        static final int END_OF_BLOCK = 0xFF;
        /**
         * For an AC table: for the next {@link #COMBINED} bits, when they hold a whole code and the coefficient's
         * bits after it, the coefficient ({@code entry >> 16}), its run of zeros before it ({@code entry >> 8 & 0xFF})
         * and the bits both take ({@code entry & 0xFF}); 0 otherwise. Most coefficients of a photo are small and
         * read this way in one look-up instead of a code look-up and a second read of its bits.
         */
        final int[] coefficients = new int[1 << COMBINED];

        Huffman(int[] counts, int[] values) {
            this.values = values;
            int code = 0;
            int index = 0;
            for (int length = 1; length <= 16; length++) {
                offset[length] = index - code;
                for (int i = 0; i < counts[length]; i++, index++, code++) {
                    if (length <= FAST) {
                        int shift = FAST - length;
                        for (int fill = 0; fill < 1 << shift; fill++) {
                            fast[(code << shift) | fill] = length << 8 | values[index];
                        }
                    }
                    int magnitude = values[index] & 0x0F;
                    if (values[index] == 0 && length <= COMBINED) {
                        // End of block, the commonest code of all: run 0xFF says so.
                        int shift = COMBINED - length;
                        for (int fill = 0; fill < 1 << shift; fill++) {
                            coefficients[(code << shift) | fill] = END_OF_BLOCK << 8 | length;
                        }
                    } else if (magnitude != 0 && length + magnitude <= COMBINED) {
                        int shift = COMBINED - length;
                        for (int fill = 0; fill < 1 << shift; fill++) {
                            int extra = fill >> (shift - magnitude);
                            int value = extra < 1 << (magnitude - 1) ? extra - (1 << magnitude) + 1 : extra;
                            coefficients[(code << shift) | fill] =
                                    value << 16 | (values[index] >> 4) << 8 | (length + magnitude);
                        }
                    }
                }
                maxCode[length] = counts[length] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }

        int decode(BitReader bits) {
            int entry = fast[bits.peek(FAST)];
            if (entry != 0) {
                bits.skip(entry >> 8);
                return entry & 0xFF;
            }
            for (int length = FAST + 1; length <= 16; length++) {
                int code = bits.peek(length);
                if (code <= maxCode[length]) {
                    bits.skip(length);
                    return values[code + offset[length]];
                }
            }
            throw new Unsupported("bad Huffman code");
        }
    }

    private static final class BitReader {
        private final byte[] data;
        private final int limit;
        private int pos;
        private long buffer;
        private int count;
        private boolean atMarker;
        /** Bits of padding fed after the coded data ran out (at a marker or the end). */
        private long padding;

        BitReader(byte[] data, int start) {
            this.data = data;
            this.pos = start;
            this.limit = data.length;
        }

        private void fill() {
            while (count <= 56) {
                int b = 0;
                boolean real = false;
                if (!atMarker && pos < limit) {
                    real = true;
                    b = data[pos] & 0xFF;
                    if (b == 0xFF) {
                        int next = pos + 1 < limit ? data[pos + 1] & 0xFF : 0xD9;
                        if (next == 0x00) {
                            pos += 2;
                        } else {
                            atMarker = true;
                            real = false;
                            b = 0;
                        }
                    } else {
                        pos++;
                    }
                }
                if (!real) {
                    padding += 8;
                }
                buffer |= (long) b << (56 - count);
                count += 8;
            }
        }

        int peek(int n) {
            if (count < n) {
                fill();
            }
            return (int) (buffer >>> (64 - n));
        }

        void skip(int n) {
            buffer <<= n;
            count -= n;
        }

        /** The next {@code size} bits as a signed coefficient (JPEG's EXTEND). */
        int receive(int size) {
            if (size == 0) {
                return 0;
            }
            int value = peek(size);
            skip(size);
            return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
        }

        /**
         * Fails when the blocks took bits beyond the coded data: the data ended early (a truncated photo), which
         * the zeros fed in its place would otherwise hide.
         */
        void checkNotPastTheData() {
            if (padding > count) {
                throw new Unsupported("coded data ends early");
            }
        }

        /** Skips to the next RSTn marker and past it. */
        void restart() {
            checkNotPastTheData();
            padding = 0;
            buffer = 0;
            count = 0;
            atMarker = false;
            while (pos + 1 < limit && !((data[pos] & 0xFF) == 0xFF && (data[pos + 1] & 0xF8) == 0xD0)) {
                pos++;
            }
            pos += 2;
        }

        /** Where the next marker after the scan data starts. */
        int end() {
            while (pos + 1 < limit
                    && !((data[pos] & 0xFF) == 0xFF && data[pos + 1] != 0 && (data[pos + 1] & 0xF8) != 0xD0)) {
                pos++;
            }
            return pos;
        }
    }

    /** Codes blocks with one pair of standard tables. */
    private static final class Encoder {
        private final JPEGHuffmanTable dcSpec;
        private final JPEGHuffmanTable acSpec;
        private final int[] dcCode = new int[256];
        private final int[] dcSize = new int[256];
        private final int[] acCode = new int[256];
        private final int[] acSize = new int[256];

        Encoder(JPEGHuffmanTable dcSpec, JPEGHuffmanTable acSpec) {
            this.dcSpec = dcSpec;
            this.acSpec = acSpec;
            codes(dcSpec, dcCode, dcSize);
            codes(acSpec, acCode, acSize);
        }

        private static void codes(JPEGHuffmanTable spec, int[] code, int[] size) {
            short[] lengths = spec.getLengths();
            short[] values = spec.getValues();
            int next = 0;
            int index = 0;
            for (int length = 1; length <= 16; length++) {
                for (int i = 0; i < lengths[length - 1]; i++) {
                    code[values[index]] = next++;
                    size[values[index]] = length;
                    index++;
                }
                next <<= 1;
            }
        }

        void writeTables(BitWriter out, int id) {
            table(out, 0x00 | id, dcSpec);
            table(out, 0x10 | id, acSpec);
        }

        private static void table(BitWriter out, int classAndId, JPEGHuffmanTable spec) {
            short[] lengths = spec.getLengths();
            short[] values = spec.getValues();
            out.raw(0xFF, 0xC4);
            out.u16(2 + 1 + 16 + values.length);
            out.raw(classAndId);
            for (short length : lengths) {
                out.raw(length);
            }
            for (short value : values) {
                out.raw(value);
            }
        }

        /**
         * Codes one block whose k-th zig-zag coefficient is {@code plane[at + k]}, not zero where {@code mask} has bit k
         * set. The bit buffer is
         * kept in locals for the block (this is the hot loop of a turn).
         */
        int block(BitWriter out, short[] plane, int at, long mask, int prediction) {
            out.reserve(512);
            byte[] bytes = out.bytes;
            int size = out.size;
            long buffer = out.buffer;
            int count = out.count;
            int dcValue = plane[at];
            int diff = dcValue - prediction;
            int bits = magnitude(diff);
            if (bits > 11) {
                throw new Unsupported("DC difference out of range");
            }
            int n = dcSize[bits] + bits;
            buffer = buffer << n | (dcCode[bits] << bits | ((diff < 0 ? diff - 1 : diff) & ((1 << bits) - 1)));
            count += n;
            if (count >= 32) {
                count -= 32;
                size = BitWriter.put(bytes, size, (int) (buffer >>> count));
            }
            int previous = 0;
            for (long m = mask & ~1L; m != 0; m &= m - 1) {
                int k = Long.numberOfTrailingZeros(m);
                int value = plane[at + k];
                int run = k - previous - 1;
                previous = k;
                while (run > 15) {
                    buffer = buffer << acSize[0xF0] | acCode[0xF0];
                    count += acSize[0xF0];
                    if (count >= 32) {
                        count -= 32;
                        size = BitWriter.put(bytes, size, (int) (buffer >>> count));
                    }
                    run -= 16;
                }
                bits = magnitude(value);
                if (bits > 10) {
                    throw new Unsupported("AC coefficient out of range");
                }
                int symbol = run << 4 | bits;
                n = acSize[symbol] + bits;
                buffer = buffer << n | (acCode[symbol] << bits | ((value < 0 ? value - 1 : value) & ((1 << bits) - 1)));
                count += n;
                if (count >= 32) {
                    count -= 32;
                    size = BitWriter.put(bytes, size, (int) (buffer >>> count));
                }
            }
            // The rest of the block is zeros: end of block, unless the last coefficient was the 63rd.
            if (previous < 63) {
                buffer = buffer << acSize[0] | acCode[0];
                count += acSize[0];
                if (count >= 32) {
                    count -= 32;
                    size = BitWriter.put(bytes, size, (int) (buffer >>> count));
                }
            }
            out.size = size;
            out.buffer = buffer;
            out.count = count;
            return dcValue;
        }

        private static int magnitude(int value) {
            return 32 - Integer.numberOfLeadingZeros(Math.abs(value));
        }
    }

    /** Bytes out, with the entropy-coded part's 0xFF bytes stuffed. */
    private static final class BitWriter {
        private byte[] bytes;
        private int size;
        private long buffer;
        private int count;

        BitWriter(int capacity) {
            bytes = new byte[capacity];
        }

        /** Room for {@code n} more bytes, so that the hot path need not check. */
        void reserve(int n) {
            if (bytes.length - size < n) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        void raw(int... values) {
            reserve(values.length);
            for (int value : values) {
                bytes[size++] = (byte) value;
            }
        }

        void u16(int value) {
            raw(value >> 8 & 0xFF, value & 0xFF);
        }

        /** Appends {@code n} (at most 32) bits, {@code value} below 2^n; needs {@link #reserve} room. */
        void bits(int value, int n) {
            buffer = buffer << n | value;
            count += n;
            if (count >= 32) {
                count -= 32;
                size = put(bytes, size, (int) (buffer >>> count));
            }
        }

        /** Writes the four bytes of {@code word} at {@code size}, each 0xFF followed by a stuffed 0; the new size. */
        static int put(byte[] bytes, int size, int word) {
            // Some byte is 0xFF exactly when some byte of ~word is zero (the usual zero-byte test).
            if (((~word - 0x01010101) & word & 0x80808080) == 0) {
                bytes[size] = (byte) (word >>> 24);
                bytes[size + 1] = (byte) (word >>> 16);
                bytes[size + 2] = (byte) (word >>> 8);
                bytes[size + 3] = (byte) word;
                return size + 4;
            }
            for (int shift = 24; shift >= 0; shift -= 8) {
                int b = word >>> shift & 0xFF;
                bytes[size++] = (byte) b;
                if (b == 0xFF) {
                    bytes[size++] = 0;
                }
            }
            return size;
        }

        private void stuffed(int b) {
            bytes[size++] = (byte) b;
            if (b == 0xFF) {
                bytes[size++] = 0;
            }
        }

        /** Writes out what is left, the last byte padded with one bits. */
        void flush() {
            reserve(16);
            int pad = (8 - count % 8) % 8;
            buffer = buffer << pad | ((1L << pad) - 1);
            count += pad;
            while (count > 0) {
                count -= 8;
                stuffed((int) (buffer >>> count) & 0xFF);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
