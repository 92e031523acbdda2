package ee.hankevoog.demo;

import ee.hankevoog.document.Upload;
import ee.hankevoog.materials.DeliverMaterials;
import ee.hankevoog.materials.MaterialsDelivery;
import ee.hankevoog.materials.MaterialsTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/** The demo trainer's materials for a block: small real PDFs, delivered through Hankevoog like anyone's. */
@Component
public class SampleMaterials {

    private final DeliverMaterials deliver;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    SampleMaterials(DeliverMaterials deliver) {
        this.deliver = deliver;
    }

    public MaterialsDelivery deliverTo(String taskId) {
        MaterialsTask task = deliver.openTask(taskId);
        String block = task.groupCode() + "-" + (task.blockIndex() + 1);
        String files = task.contractNumber() + "-" + block;
        return deliver.deliver(taskId, List.of(
                new Upload("slaidid-" + files + ".pdf", made("Kovisioon: slaidid / slides " + block)),
                new Upload("toolehed-" + files + ".pdf", made("Kovisioon: töölehed / worksheets " + block))));
    }

    /** The trainer's files are made once and sent for every contract: making them is not Hankevoog's work. */
    private byte[] made(String title) {
        return made.computeIfAbsent(title, SampleMaterials::pdf);
    }

    static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                text.newLineAtOffset(60, 760);
                text.showText(title);
                text.endText();
            }
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
