package ee.hankevoog.handover;

import ee.hankevoog.document.PdfDocuments;
import org.springframework.stereotype.Component;

/** Writes a group's handover-acceptance act as an A4 PDF. */
@Component
public class HandoverActPdf {

    private final PdfDocuments pdf;

    public HandoverActPdf(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    public byte[] render(HandoverAct act) {
        HandoverActPage page = HandoverActPage.of(act);
        return pdf.render("handover-act", page, page.title());
    }
}
