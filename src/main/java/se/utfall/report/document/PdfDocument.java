package se.utfall.report.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The decision document's HTML as a PDF (openhtmltopdf on PDFBox; the SVG charts stay vector
 * through Batik). DejaVu Sans is embedded, so å ä ö, − and → print on any machine. Nothing is
 * fetched: every external resource is refused and SVG scripts never run. The document's dates and
 * ID are fixed, so the same page gives the same PDF bytes.
 */
public final class PdfDocument {
    private static final String FONT = "DejaVu Sans";
    /** The fixed creation date written into every PDF: a document about figures, not about when it was made. */
    private static final Calendar FIXED = fixed();

    private PdfDocument() {
    }

    private static Calendar fixed() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
        return c;
    }

    public static byte[] of(String html) {
        // openhtmltopdf logs its progress through java.util.logging; a command prints only its result.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        try {
            BatikSVGDrawer svg = new ChartFonts();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useSVGDrawer(svg);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withProducer("Utfall");
            b.toStream(out);
            try (PdfBoxRenderer r = b.buildPdfRenderer()) {
                r.createPDFWithoutClosing();
                PDDocument doc = r.getPdfDocument();
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setCreationDate(FIXED);
                info.setModificationDate(FIXED);
                info.setProducer("Utfall");
                info.setCreator("Utfall");
                doc.setDocumentId(0L);
                doc.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot make the PDF: " + e.getMessage(), e));
        }
    }

    /**
     * Batik draws the charts' text with the fonts given to its resolver, which the renderer makes anew
     * when it reads the page's style: the embedded fonts are added to it then (from temporary copies,
     * as Batik reads font files only), so the charts' text is DejaVu Sans too, not an unembedded Times.
     */
    private static final class ChartFonts extends BatikSVGDrawer {
        ChartFonts() {
            super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        }

        @Override
        public void importFontFaceRules(java.util.List<com.openhtmltopdf.css.sheet.FontFaceRule> rules,
                                        com.openhtmltopdf.layout.SharedContext context) {
            super.importFontFaceRules(rules, context);
            add("DejaVuSans.ttf", 400);
            add("DejaVuSans-Bold.ttf", 700);
        }

        private void add(String name, int weight) {
            java.nio.file.Path copy = null;
            try {
                copy = java.nio.file.Files.createTempFile("utfall-font-", ".ttf");
                java.nio.file.Files.write(copy, FONTS.computeIfAbsent(name, PdfDocument::withoutLigatures));
                fontResolver.addFontFile(copy.toFile(), FONT, weight, BaseRendererBuilder.FontStyle.NORMAL);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("cannot load the font " + name + " for the charts", e);
            } finally {
                if (copy != null) {
                    copy.toFile().delete();
                }
            }
        }
    }

    private static final java.util.Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static InputStream font(String name) {
        return new java.io.ByteArrayInputStream(FONTS.computeIfAbsent(name, PdfDocument::withoutLigatures));
    }

    /**
     * The font without its GSUB table: PDFBox would otherwise set "fi" and "ff" as one ligature glyph,
     * and text copied from the PDF (a terms hash, a reason) would not be the text written. The table
     * entry is removed from the font's directory in place, every other table left where it is.
     */
    static byte[] withoutLigatures(String name) {
        byte[] font;
        try (InputStream in = PdfDocument.class.getResourceAsStream("/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the jar");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        int kept = 0;
        byte[] directory = new byte[16 * tables];
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!tag.equals("GSUB")) {
                System.arraycopy(font, at, directory, 16 * kept++, 16);
            }
        }
        if (kept == tables) {
            return font;
        }
        System.arraycopy(directory, 0, font, 12, 16 * tables);
        b.putShort(4, (short) kept);
        int power = Integer.highestOneBit(kept);
        b.putShort(6, (short) (power * 16));
        b.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        b.putShort(10, (short) (kept * 16 - power * 16));
        return font;
    }

}
