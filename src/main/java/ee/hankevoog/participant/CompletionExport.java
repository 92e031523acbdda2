package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The group's outcome as JUHAN takes it, to set each registration Lõpetatud or Mitte-lõpetatud there: a header row,
 * then one row a registration; CSV as Estonian Excel opens it (UTF-8 with a byte order mark, ";" separated, cells
 * quoted only when they must be).
 */
@Component
public class CompletionExport {

    static final List<String> HEADER = List.of("Registreeringu ID", "Eesnimi", "Perekonnanimi", "Staatus", "Põhjus");

    private final ContractLookup contracts;
    private final RosterImport roster;

    CompletionExport(ContractLookup contracts, RosterImport roster) {
        this.contracts = contracts;
        this.roster = roster;
    }

    public String csv(String number, String groupCode) {
        return "\uFEFF" + Stream.concat(Stream.of(HEADER), rows(number, groupCode).stream())
                .map(CompletionExport::line).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** The same rows as a workbook of one sheet, for those who import into JUHAN from Excel's own format. */
    public byte[] xlsx(String number, String groupCode) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(groupCode);
            List<List<String>> rows = Stream.concat(Stream.of(HEADER), rows(number, groupCode).stream()).toList();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows(String number, String groupCode) {
        TrainingGroup group = contracts.requireWithGroup(number, groupCode).group(groupCode);
        return roster.of(number, groupCode).stream().map(participant -> {
            Participant.Completion completion = participant.completion(group.trainingDates());
            return List.of(participant.juhanId(), participant.firstName(), participant.lastName(),
                    juhanStatus(completion), completion.status() == ParticipantStatus.REGISTERED
                            ? "hindamine puudub / no assessment recorded"
                            : completion.reason() == null ? "" : completion.reason());
        }).toList();
    }

    private static String juhanStatus(Participant.Completion completion) {
        return switch (completion.status()) {
            case COMPLETED -> "Lõpetatud";
            case CANCELLED -> "Tühistatud";
            case NOT_COMPLETED, REGISTERED -> "Mitte-lõpetatud";
        };
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CompletionExport::cell).collect(Collectors.joining(";"));
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // a name JUHAN took from a self-registration must not run as a formula when Excel opens the file
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
