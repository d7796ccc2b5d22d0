package io.trustmark.document.domain;

import java.util.List;
import java.util.Objects;

/**
 * What machine reading found on one image: its text lines, each with the words it holds and where they lie, in the
 * pixels of the image that was read (the stored upright image, possibly scaled by {@link #scale}).
 *
 * @param width  width of the image read
 * @param height height of the image read
 * @param scale  the factor from the stored image to the image read (1 when read at full size), so a box maps back
 * @param lines  top to bottom as the reader found them
 * @param millis how long the reading took
 */
public record PageText(int width, int height, double scale, List<Line> lines, long millis) {

    public PageText {
        lines = List.copyOf(lines);
    }

    /** A rectangle in the image read. */
    public record Box(int x, int y, int width, int height) {

        /** This box in the stored image's pixels. */
        public Box unscaled(double scale) {
            return new Box(
                    (int) Math.floor(x / scale), (int) Math.floor(y / scale), (int) Math.ceil(width / scale), (int)
                            Math.ceil(height / scale));
        }

        public int right() {
            return x + width;
        }

        public int bottom() {
            return y + height;
        }
    }

    /** A word as read, with the reader's confidence (0 to 100). */
    public record Word(String text, Box box, float confidence) {
        public Word {
            Objects.requireNonNull(text);
            Objects.requireNonNull(box);
        }
    }

    /** A line of text; {@code text} is the words joined as the reader gave them. */
    public record Line(String text, Box box, List<Word> words) {
        public Line {
            words = List.copyOf(words);
        }
    }

    /** All lines' text, one per line. */
    public String text() {
        var out = new StringBuilder();
        lines.forEach(l -> out.append(l.text()).append('\n'));
        return out.toString();
    }
}
