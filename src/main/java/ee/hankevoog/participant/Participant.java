package ee.hankevoog.participant;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One registration of a group, as JUHAN exported it: its id there, name, e-mail, workplace and status here. */
@Table("participant")
public class Participant {

    @Id
    private Long id;
    private final String contractNumber;
    private final String groupCode;
    private final String juhanId;
    private String firstName;
    private String lastName;
    private String email;
    private String workplace;
    private ParticipantStatus status;
    private LocalDateTime importedAt;

    Participant(String contractNumber, String groupCode, String juhanId, String firstName, String lastName,
            String email, String workplace, ParticipantStatus status, LocalDateTime importedAt) {
        this.contractNumber = contractNumber;
        this.groupCode = groupCode;
        this.juhanId = juhanId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.workplace = workplace;
        this.status = status;
        this.importedAt = importedAt;
    }

    /** A later export of the same registration: its details replace the earlier ones. */
    void update(RosterRow row, LocalDateTime at) {
        firstName = row.firstName();
        lastName = row.lastName();
        email = row.email();
        workplace = row.workplace();
        importedAt = at;
        if (row.status() == JuhanStatus.CANCELLED) {
            status = ParticipantStatus.CANCELLED;
        } else if (status == ParticipantStatus.CANCELLED && row.status().takesPart()) {
            status = ParticipantStatus.REGISTERED;
        }
    }

    boolean takesPart() {
        return status != ParticipantStatus.CANCELLED;
    }

    public String juhanId() {
        return juhanId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String workplace() {
        return workplace;
    }

    public ParticipantStatus status() {
        return status;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public String groupCode() {
        return groupCode;
    }
}
