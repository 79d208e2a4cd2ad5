package vn.hoso.ingest.bench.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws a laid-out sheet on white paper: printed text, or typewritten text whose characters strike unevenly
 * and have worn gaps; a ballpoint signature in each signature space and, on official documents, a red seal
 * over it. Signature and seal are not in the ground truth, as on the sample pages.
 */
final class SheetPainter {

    private static final Color PRINT_INK = new Color(22, 22, 26);
    private static final Color BALLPOINT = new Color(35, 45, 125);
    private static final Color SEAL = new Color(196, 32, 40);

    private final Random random;
    private final double pixelsPerMm;

    private SheetPainter(Random random, int dpi) {
        this.random = random;
        this.pixelsPerMm = dpi / 25.4;
    }

    /**
     * @param typewriter characters one by one with uneven strikes and broken strokes
     * @param seal whether an official seal overlaps the signature
     */
    static BufferedImage paint(SheetLayout.Sheet sheet, int dpi, boolean typewriter, boolean seal, Random random) {
        BufferedImage image = new BufferedImage(sheet.width(), sheet.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.width(), sheet.height());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            SheetPainter painter = new SheetPainter(random, dpi);
            for (SheetLayout.Mark mark : sheet.marks()) {
                switch (mark) {
                    case SheetLayout.Text text -> painter.text(g, text, typewriter);
                    case SheetLayout.Rule rule -> painter.rule(g, rule);
                    case SheetLayout.SignatureSpace space -> painter.signature(g, space, seal);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void text(Graphics2D g, SheetLayout.Text text, boolean typewriter) {
        g.setFont(text.font());
        if (!typewriter) {
            g.setColor(PRINT_INK);
            g.drawString(text.text(), text.x(), text.baseline());
            return;
        }
        float x = text.x();
        float size = text.font().getSize2D();
        for (int i = 0; i < text.text().length(); i++) {
            String character = text.text().substring(i, i + 1);
            int strike = 10 + (int) (Math.pow(random.nextDouble(), 1.5) * 140);
            g.setColor(new Color(strike, strike, strike + 4));
            float baseline = text.baseline() + (float) (random.nextGaussian() * size * 0.025);
            g.drawString(character, x, baseline);
            float advance = (float) text.font()
                    .getStringBounds(character, g.getFontRenderContext())
                    .getWidth();
            if (!character.isBlank() && random.nextDouble() < 0.5) {
                wornGap(g, text.font(), x, baseline, advance);
            }
            x += advance;
        }
    }

    /** A worn type slug leaves part of a stroke unprinted. */
    private void wornGap(Graphics2D g, Font font, float x, float baseline, float advance) {
        float size = font.getSize2D();
        float ascent = size * 0.7f;
        float gapWidth = advance * (0.15f + random.nextFloat() * 0.25f);
        float gapHeight = ascent * (0.08f + random.nextFloat() * 0.14f);
        float gapX = x + random.nextFloat() * (advance - gapWidth);
        float gapY = baseline - random.nextFloat() * ascent;
        g.setColor(Color.WHITE);
        if (random.nextBoolean()) {
            g.fill(new java.awt.geom.Rectangle2D.Float(gapX, gapY, gapWidth, gapHeight));
        } else {
            g.fill(new java.awt.geom.Rectangle2D.Float(gapX, gapY - gapWidth, gapHeight, gapWidth));
        }
    }

    private void rule(Graphics2D g, SheetLayout.Rule rule) {
        g.setColor(PRINT_INK);
        g.setStroke(new BasicStroke((float) (0.25 * pixelsPerMm)));
        g.draw(new Line2D.Float(rule.x1(), rule.y(), rule.x2(), rule.y()));
    }

    private void signature(Graphics2D g, SheetLayout.SignatureSpace space, boolean seal) {
        double halfWidth = 16 * pixelsPerMm;
        double top = space.top();
        double height = space.bottom() - space.top();
        g.setColor(BALLPOINT);
        g.setStroke(new BasicStroke((float) (0.35 * pixelsPerMm), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double x = space.centre() - halfWidth;
        for (int stroke = 0; stroke < 3 + random.nextInt(3); stroke++) {
            double next = x + halfWidth * (0.3 + random.nextDouble() * 0.5);
            g.draw(new CubicCurve2D.Double(
                    x,
                    top + height * (0.3 + random.nextDouble() * 0.5),
                    x + (next - x) * 0.3,
                    top + height * random.nextDouble(),
                    x + (next - x) * 0.7,
                    top + height * random.nextDouble(),
                    next,
                    top + height * (0.3 + random.nextDouble() * 0.5)));
            x = next;
        }
        if (seal) {
            seal(g, space.centre() - 14 * pixelsPerMm, top + height * 0.4);
        }
    }

    /** A round seal, rings and a star, pressed slightly unevenly. */
    private void seal(Graphics2D g, double centreX, double centreY) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f + random.nextFloat() * 0.25f));
        g.setColor(SEAL);
        double outer = 17 * pixelsPerMm;
        double inner = 12.5 * pixelsPerMm;
        g.setStroke(new BasicStroke((float) (0.8 * pixelsPerMm)));
        g.draw(new Ellipse2D.Double(centreX - outer, centreY - outer, 2 * outer, 2 * outer));
        g.setStroke(new BasicStroke((float) (0.4 * pixelsPerMm)));
        g.draw(new Ellipse2D.Double(centreX - inner, centreY - inner, 2 * inner, 2 * inner));
        Path2D star = new Path2D.Double();
        double radius = 4.5 * pixelsPerMm;
        for (int point = 0; point < 10; point++) {
            double r = point % 2 == 0 ? radius : radius * 0.4;
            double angle = -Math.PI / 2 + point * Math.PI / 5;
            double px = centreX + r * Math.cos(angle);
            double py = centreY + r * Math.sin(angle);
            if (point == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        g.fill(star);
        g.setComposite(AlphaComposite.SrcOver);
    }
}
