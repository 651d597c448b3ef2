package io.attache.bench.soak;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the soak's curves as one PNG with {@code java.awt} in headless mode (no plotting library needed for
 * three line charts): heap after GC, articles in committed files, and the state folder's disk use, against time.
 */
final class SoakPlot {
    private static final int WIDTH = 1000;
    private static final int PANEL = 260;
    private static final int MARGIN = 70;

    private SoakPlot() {}

    /** One curve: its title, unit and points (seconds, value). */
    private record Curve(String title, String unit, List<double[]> points) {}

    static void write(Path png, List<SoakRunner.Sample> samples, List<SoakRunner.HeapPoint> heap) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<double[]> heapPoints = new ArrayList<>();
        heap.forEach(h -> heapPoints.add(new double[] {h.seconds(), h.heapAfterMb()}));
        List<double[]> inFiles = new ArrayList<>();
        List<double[]> state = new ArrayList<>();
        for (SoakRunner.Sample s : samples) {
            state.add(new double[] {s.seconds(), s.stateBytes() / 1048576.0});
            inFiles.add(new double[] {s.seconds(), s.articlesInFiles()});
        }
        // Cumulative rather than per-interval: files of 10,000 records make a per-interval rate a row of spikes.
        List<Curve> curves = List.of(
                new Curve("Heap after GC (-Xmx512m)", "MB", heapPoints),
                new Curve("Articles in committed news.enriched files", "articles", inFiles),
                new Curve("State folder on disk", "MB", state));
        BufferedImage image = new BufferedImage(WIDTH, PANEL * curves.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        double maxSeconds = Math.max(
                1, samples.isEmpty() ? 1 : samples.get(samples.size() - 1).seconds());
        for (int i = 0; i < curves.size(); i++) {
            draw(g, curves.get(i), i * PANEL, maxSeconds);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void draw(Graphics2D g, Curve curve, int top, double maxSeconds) {
        int left = MARGIN;
        int right = WIDTH - 20;
        int bottom = top + PANEL - 40;
        int plotTop = top + 30;
        double maxValue = curve.points().stream().mapToDouble(p -> p[1]).max().orElse(1);
        maxValue = maxValue <= 0 ? 1 : maxValue * 1.1;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(curve.title() + " (" + curve.unit() + ")", left, top + 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(Color.GRAY);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, plotTop, left, bottom);
        for (int t = 0; t <= 4; t++) {
            int y = bottom - (bottom - plotTop) * t / 4;
            int x = left + (right - left) * t / 4;
            g.drawString(String.format(Locale.ROOT, "%.0f", maxValue * t / 4), 5, y + 4);
            g.drawString(String.format(Locale.ROOT, "%.0f s", maxSeconds * t / 4), x - 10, bottom + 15);
        }
        g.setColor(new Color(0, 90, 180));
        g.setStroke(new BasicStroke(1.5f));
        int[] previous = null;
        for (double[] point : curve.points()) {
            int x = left + (int) ((right - left) * point[0] / maxSeconds);
            int y = bottom - (int) ((bottom - plotTop) * point[1] / maxValue);
            if (previous != null) {
                g.drawLine(previous[0], previous[1], x, y);
            }
            previous = new int[] {x, y};
        }
    }
}
