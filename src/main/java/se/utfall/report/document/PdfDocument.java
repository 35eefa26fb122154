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
            BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE);
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

    private static InputStream font(String name) {
        InputStream in = PdfDocument.class.getResourceAsStream("/report/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("the font " + name + " is missing from the jar");
        }
        return in;
    }

}
