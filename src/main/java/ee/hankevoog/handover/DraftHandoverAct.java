package ee.hankevoog.handover;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.handover.HandoverAct.DeliveredMaterial;
import ee.hankevoog.materials.MaterialsDelivery;
import ee.hankevoog.materials.MaterialsDeliveryRepository;
import ee.hankevoog.participant.GroupRecords;
import ee.hankevoog.participant.GroupRecords.Outcome;
import ee.hankevoog.participant.ParticipantStatus;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the trainer has prepared the act, Hankevoog fills its page from what the contract, the days held, the
 * participants' records and the delivery records say, stores it as a draft PDF (laid out once the completion has
 * committed), and hands the officer's task its link.
 */
@Component("draftHandoverAct")
class DraftHandoverAct implements TaskListener {

    static final String LINK = "handoverActLink";

    private final ContractLookup contracts;
    private final MaterialsDeliveryRepository deliveries;
    private final GroupRecords records;
    private final Documents documents;
    private final HandoverActPdf pdf;
    private final IdentityService identity;
    private final EngineClock clock;
    private final String baseUrl;

    DraftHandoverAct(ContractLookup contracts, MaterialsDeliveryRepository deliveries, GroupRecords records,
            Documents documents, HandoverActPdf pdf, IdentityService identity, EngineClock clock,
            @Value("${hankevoog.base-url}") String baseUrl) {
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.records = records;
        this.documents = documents;
        this.pdf = pdf;
        this.identity = identity;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        Contract contract = contracts.get(ContractProcess.contractNumber(task));
        TrainingGroup group = contract.group(ContractProcess.groupCode(task));
        List<Outcome> outcomes = records.outcomes(contract.number(), group.code(), group.trainingDates());
        long unassessed = outcomes.stream().filter(outcome -> outcome.status() == ParticipantStatus.REGISTERED)
                .count();
        if (unassessed > 0) {
            throw CompletionRefused.forField(Var.HANDOVER_ACT_REMARKS, "the act lists who completed from the"
                    + " group's records, and " + unassessed + " of group " + group.code() + "'s participants have no"
                    + " assessment yet: record it on /my/contracts/" + contract.number() + "/groups/" + group.code()
                    + "/assessment (or PUT it to /api/contracts/" + contract.number() + "/groups/" + group.code()
                    + "/assessment), then complete this task.");
        }
        List<StoredDocument> earlier = documents.ofContract(contract.number()).stream()
                .filter(document -> document.kind() == DocumentKind.HANDOVER_ACT)
                .filter(document -> group.code().equals(document.groupCode())).toList();
        HandoverAct act = new HandoverAct(contract.number(), contract.title(),
                contract.contact().name() + " <" + contract.contact().email() + ">",
                contract.trainers().stream().map(Trainer::name).toList(), group.code(), label(group.targetGroup()),
                group.place(), group.trainingDates(), group.academicHours(),
                Math.toIntExact(ContractProcess.number(task, Var.HOURS_DELIVERED)),
                names(outcomes, ParticipantStatus.COMPLETED), names(outcomes, ParticipantStatus.NOT_COMPLETED),
                !outcomes.isEmpty(), materials(contract.number(), group.code()),
                ContractProcess.text(task, Var.HANDOVER_ACT_REMARKS), earlier.size() + 1, preparedBy(), clock.now());
        StoredDocument stored = documents.storePdfToWrite(contract.number(), group.code(), DocumentKind.HANDOVER_ACT,
                "uleandmise-akt-" + contract.number() + "-" + group.code() + "-" + act.round() + ".pdf",
                pdf.source(act));
        task.getExecution().setVariable(Var.HANDOVER_ACT_DOCUMENT, stored.id());
        task.getExecution().setVariable(LINK, baseUrl + "/documents/" + stored.id());
    }

    private static List<String> names(List<Outcome> outcomes, ParticipantStatus status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status)
                .map(outcome -> outcome.reason() == null ? outcome.name() : outcome.name() + ": " + outcome.reason())
                .toList();
    }

    private List<DeliveredMaterial> materials(String contract, String group) {
        return deliveries.findByContractNumberAndGroupCodeOrderById(contract, group).stream()
                .flatMap(delivery -> delivery.documentIds().stream().map(id -> material(delivery, id)))
                .toList();
    }

    private DeliveredMaterial material(MaterialsDelivery delivery, long documentId) {
        StoredDocument file = documents.find(documentId).orElseThrow();
        return new DeliveredMaterial(file.fileName(), file.sizeBytes(), file.sha256(), delivery.deliveredAt());
    }

    private String preparedBy() {
        return identity.getCurrentAuthentication() == null ? "system"
                : identity.getCurrentAuthentication().getUserId();
    }

    private static String label(TargetGroup target) {
        return switch (target) {
            case WORKERS -> "Lastekaitsetöötajad / Child-protection workers";
            case LEADERS -> "Lastekaitsejuhid / Child-protection leaders";
        };
    }
}
