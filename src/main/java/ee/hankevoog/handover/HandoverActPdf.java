package ee.hankevoog.handover;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a handover act as a PDF: the page is an XHTML template, so its wording and layout change without code,
 * and openhtmltopdf lays it out. The PDF's standard fonts cover Estonian letters, so no font is embedded.
 */
@Component
class HandoverActPdf {

    private static final String TEMPLATE = "documents/handover-act";

    private final ITemplateEngine templates;

    HandoverActPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(HandoverAct act) {
        Context context = new Context(Locale.forLanguageTag("et"));
        context.setVariable("act", act);
        String xhtml = templates.process(TEMPLATE, context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(pdf).run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the handover act of " + act.contractNumber() + " "
                    + act.groupCode(), e);
        }
    }
}
