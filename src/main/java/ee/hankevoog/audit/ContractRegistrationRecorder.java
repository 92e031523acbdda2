package ee.hankevoog.audit;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistered;
import ee.hankevoog.training.TrainingGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts a contract's audit chain with what was signed, in the registering transaction. */
@Component
class ContractRegistrationRecorder {

    private final AuditTrail audit;

    ContractRegistrationRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onRegistered(ContractRegistered registered) {
        Contract contract = registered.contract();
        audit.append(contract.number(), AuditKind.CONTRACT_REGISTERED, null, "Registered contract "
                + contract.number() + " \"" + contract.title() + "\" signed on " + contract.signedOn() + ", groups "
                + String.join(", ", contract.groupCodes()), details(contract));
    }

    private static Map<String, Object> details(Contract contract) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", contract.number());
        details.put("title", contract.title());
        details.put("signedOn", contract.signedOn().toString());
        details.put("customerContact", person(contract.contact().name(), contract.contact().email()));
        details.put("trainers", contract.trainers().stream().map(trainer -> {
            Map<String, Object> person = person(trainer.name(), trainer.email());
            person.put("user", trainer.userId());
            return person;
        }).toList());
        details.put("groups", contract.groups().stream().map(ContractRegistrationRecorder::group).toList());
        return details;
    }

    private static Map<String, Object> person(String name, String email) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("email", email);
        return person;
    }

    private static Map<String, Object> group(TrainingGroup group) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", group.code());
        details.put("targetGroup", group.targetGroup().name());
        details.put("place", group.place());
        details.put("participantLimit", group.participantLimit());
        details.put("academicHours", group.academicHours());
        details.put("days", group.trainingDates().stream().map(Object::toString).toList());
        return details;
    }
}
