package ee.hankevoog.handover;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a group's handover-acceptance act as an A4 PDF. The page is an XHTML template, so wording and layout change
 * without code; openhtmltopdf lays it out.
 */
@Component
public class HandoverActPdf {

    private static final String TEMPLATE = "documents/handover-act";
    private static final String LANGUAGE = "et";
    // the family the template's stylesheet names
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final TemplateEngine templates;

    public HandoverActPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(HandoverAct act) {
        HandoverActPage page = HandoverActPage.of(act);
        Context context = new Context(Locale.forLanguageTag(LANGUAGE));
        context.setVariable("page", page);
        String xhtml = templates.process(TEMPLATE, context);
        try {
            return toPdf(xhtml, page.title());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the handover act of " + act.contractNumber() + " "
                    + act.groupCode(), e);
        }
    }

    private static byte[] toPdf(String xhtml, String title) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                // the act needs nothing from outside; nothing a user typed may make the renderer fetch a URL
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        // the PDF standard fonts cannot be relied on for every name a participant has, so the act carries its own
        embed(builder, "fonts/DejaVuSans.ttf", 400);
        embed(builder, "fonts/DejaVuSans-Bold.ttf", 700);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            // kept open to set the metadata a reader and a search index show, which the renderer sets only in part
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                pdf.getDocumentInformation().setTitle(title);
                pdf.getDocumentCatalog().setLanguage(LANGUAGE);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                pdf.save(bytes);
                return bytes.toByteArray();
            }
        }
    }

    private static void embed(PdfRendererBuilder builder, String resource, int weight) {
        builder.useFont(() -> font(resource), FONT_FAMILY, weight, FontStyle.NORMAL, true);
    }

    private static InputStream font(String resource) {
        InputStream font = HandoverActPdf.class.getClassLoader().getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("The font " + resource + " is missing from the classpath");
        }
        return font;
    }
}
