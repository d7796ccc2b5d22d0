package io.trustmark.document.domain;

/**
 * The smallest photo of one document kind that a reviewer can still read. Orientation-free on purpose:
 * members photograph a landscape card in portrait as often as not, so the bounds apply to the longer
 * and the shorter side rather than to width and height.
 *
 * @param longSide  smallest accepted longer side in pixels
 * @param shortSide smallest accepted shorter side in pixels
 */
public record MinimumSize(int longSide, int shortSide) {

    public MinimumSize {
        if (longSide <= 0 || shortSide <= 0 || shortSide > longSide) {
            throw new IllegalArgumentException(
                    "A minimum size needs 0 < shorter side <= longer side: " + longSide + "x" + shortSide);
        }
    }

    /** Parses {@code 600x380} (longer side first), the form used in configuration. */
    public static MinimumSize parse(String text) {
        var parts = text.strip().toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected <longer>x<shorter>, such as 600x380, got '" + text + "'");
        }
        try {
            return new MinimumSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected <longer>x<shorter>, such as 600x380, got '" + text + "'", e);
        }
    }

    public boolean admits(int width, int height) {
        return Math.max(width, height) >= longSide && Math.min(width, height) >= shortSide;
    }

    @Override
    public String toString() {
        return longSide + "x" + shortSide;
    }
}
