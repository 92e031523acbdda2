package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        TrainingGroup group = contracts.requireWithGroup(number, groupCode).group(groupCode);
        List<String> rows = roster.of(number, groupCode).stream().map(participant -> {
            Participant.Completion completion = participant.completion(group.trainingDates());
            return line(List.of(participant.juhanId(), participant.firstName(), participant.lastName(),
                    juhanStatus(completion), completion.status() == ParticipantStatus.REGISTERED
                            ? "hindamine puudub / no assessment recorded"
                            : completion.reason() == null ? "" : completion.reason()));
        }).toList();
        return "\uFEFF" + Stream.concat(Stream.of(line(HEADER)), rows.stream())
                .collect(Collectors.joining("\r\n", "", "\r\n"));
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
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
