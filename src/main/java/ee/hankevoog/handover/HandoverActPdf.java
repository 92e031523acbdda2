package ee.hankevoog.handover;

import ee.hankevoog.document.PdfDocuments;
import ee.hankevoog.document.PdfSource;
import org.springframework.stereotype.Component;

/** Writes a group's handover-acceptance act as an A4 PDF. */
@Component
public class HandoverActPdf {

    private final PdfDocuments pdf;

    public HandoverActPdf(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    public byte[] render(HandoverAct act) {
        return pdf.write(source(act));
    }

    /** The act's page as it is now, from which its PDF is written. */
    public PdfSource source(HandoverAct act) {
        HandoverActPage page = HandoverActPage.of(act);
        return pdf.source("handover-act", page, page.title());
    }
}
