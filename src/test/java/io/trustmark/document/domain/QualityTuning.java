package io.trustmark.document.domain;

import java.awt.image.BufferedImage;

/** Prints the measures the quality thresholds are chosen from (run by hand; see docs/document-intake.md). */
public final class QualityTuning {

    public static void main(String[] args) {
        ImageIntake intake = new ImageIntake(IntakeLimits.defaults(), new QualityThresholds(0, 0, 255));
        System.out.printf("%-34s %10s %10s %9s%n", "photo", "sharpness", "brightest", "darkest");
        int[][] sizes = {{1000, 630}, {1600, 1200}, {4000, 3000}};
        for (int[] size : sizes) {
            for (long seed = 1; seed <= 3; seed++) {
                BufferedImage photo = SyntheticPhotos.cardPhoto(size[0], size[1], "1 2345 67890 12 " + seed, seed);
                double scale = size[0] / 1000.0;
                print(intake, size[0] + "x" + size[1] + " #" + seed + " sharp", photo);
                for (double sigma : new double[] {1, 2, 3, 5}) {
                    print(
                            intake,
                            size[0] + "x" + size[1] + " #" + seed + " blur " + sigma + "/1000px",
                            SyntheticPhotos.blurred(photo, sigma * scale));
                }
                print(
                        intake,
                        size[0] + "x" + size[1] + " #" + seed + " dim x0.5",
                        SyntheticPhotos.exposed(photo, 0.5, 0));
                print(
                        intake,
                        size[0] + "x" + size[1] + " #" + seed + " dark x0.25",
                        SyntheticPhotos.exposed(photo, 0.25, 0));
                print(
                        intake,
                        size[0] + "x" + size[1] + " #" + seed + " bright +60",
                        SyntheticPhotos.exposed(photo, 1, 60));
                print(
                        intake,
                        size[0] + "x" + size[1] + " #" + seed + " washed x0.4+170",
                        SyntheticPhotos.exposed(photo, 0.4, 170));
            }
        }
    }

    private static void print(ImageIntake intake, String name, BufferedImage image) {
        PhotoAnalysis a = intake.analyse(SyntheticPhotos.jpeg(image, 0.9f), DocumentKind.ID_CARD_FRONT);
        System.out.printf("%-34s %10.0f %10d %9d%n", name, a.sharpness(), a.brightest(), a.darkest());
    }
}
