import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.IntakeLimits;
import io.trustmark.document.domain.QualityThresholds;
import io.trustmark.document.domain.SyntheticPhotos;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * The intake of a 12-megapixel phone photo against one plain ImageIO decode of the same bytes, side by
 * side in one JVM, alternating, after a warm-up. Run with bench/run.sh. Each is timed by the clock and by this
 * thread's CPU time: on a shared machine the clock also counts the time other processes held the core, which
 * the CPU time leaves out (the ratio of the CPU times is the steadier figure there).
 */
public class IntakeBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        var photo = SyntheticPhotos.cardPhoto(4000, 3000, "1 1017 00000 12 3", 12);
        byte[] upright = SyntheticPhotos.jpeg(photo, 0.9f);
        byte[] sideways = withOrientation(upright, TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
        var intake = new ImageIntake(IntakeLimits.defaults(), QualityThresholds.defaults());
        System.out.printf("JVM %s, %d cores; photo 4000x3000, %d bytes; %d rounds after %d warm-up rounds%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), upright.length, rounds, 5);
        report("upright JPEG (EXIF orientation 1)", upright, intake, rounds);
        report("sideways JPEG (EXIF orientation 6: turned block by block, no re-encode)", sideways, intake, rounds);
    }

    private static void report(String name, byte[] jpeg, ImageIntake intake, int rounds) throws Exception {
        long[] decode = new long[rounds];
        long[] sanitize = new long[rounds];
        long[] decodeCpu = new long[rounds];
        long[] sanitizeCpu = new long[rounds];
        for (int i = -5; i < rounds; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            var decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            var clean = intake.sanitize(jpeg, DocumentKind.ID_CARD_FRONT);
            long t2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            if (decoded.getWidth() == 0 || clean.jpeg().length == 0) {
                throw new IllegalStateException();
            }
            if (i >= 0) {
                decode[i] = t1 - t0;
                sanitize[i] = t2 - t1;
                decodeCpu[i] = c1 - c0;
                sanitizeCpu[i] = c2 - c1;
            }
        }
        double d = median(decode) / 1e6;
        double s = median(sanitize) / 1e6;
        double dc = median(decodeCpu) / 1e6;
        double sc = median(sanitizeCpu) / 1e6;
        System.out.printf("%s%n  ImageIO.read median %.1f ms, intake median %.1f ms, ratio %.2f%n", name, d, s, s / d);
        System.out.printf("  CPU time: ImageIO.read median %.1f ms, intake median %.1f ms, ratio %.2f%n", dc, sc, sc / dc);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static byte[] withOrientation(byte[] jpeg, int orientation) throws Exception {
        var exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        var out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}
