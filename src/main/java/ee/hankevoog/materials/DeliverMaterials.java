package ee.hankevoog.materials;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.Deadlines;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.document.Upload;
import ee.hankevoog.materials.MaterialsDelivery.DeliveredFile;
import ee.hankevoog.notification.Outbox;
import ee.hankevoog.security.ServerSide;
import ee.hankevoog.training.MaterialsDue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's delivery of one block's materials: the files are checked and stored, e-mailed to the customer's
 * contact person through the outbox, recorded, and the task completed, all in one transaction, so that a refused
 * completion leaves no file, no e-mail and no record behind.
 */
@Component
public class DeliverMaterials {

    private final TaskService tasks;
    private final ContractLookup contracts;
    private final Documents documents;
    private final MaterialsDeliveryRepository deliveries;
    private final MaterialsLetter letter;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final IdentityService identity;
    private final EngineClock clock;
    private final RuntimeService runtime;
    private final ServerSide serverSide;
    private final Deadlines deadlines;

    DeliverMaterials(TaskService tasks, ContractLookup contracts, Documents documents,
            MaterialsDeliveryRepository deliveries, MaterialsLetter letter, Outbox outbox, AuditTrail audit,
            IdentityService identity, EngineClock clock, RuntimeService runtime, ServerSide serverSide,
            Deadlines deadlines) {
        this.tasks = tasks;
        this.contracts = contracts;
        this.documents = documents;
        this.deliveries = deliveries;
        this.letter = letter;
        this.outbox = outbox;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
        this.runtime = runtime;
        this.serverSide = serverSide;
        this.deadlines = deadlines;
    }

    /** The open materials task the current user may deliver to; refused as unknown otherwise. */
    public MaterialsTask openTask(String taskId) {
        return MaterialsTask.find(tasks, runtime, serverSide, contracts, taskId);
    }

    @Transactional
    public MaterialsDelivery deliver(String taskId, List<Upload> uploads) {
        MaterialsTask task = MaterialsTask.find(tasks, runtime, serverSide, contracts, taskId);
        Contract contract = contracts.get(task.contractNumber());
        List<String> mediaTypes = documents.check(uploads);
        List<StoredDocument> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            stored.add(documents.store(contract.number(), task.groupCode(), DocumentKind.MATERIAL,
                    uploads.get(i).fileName(), mediaTypes.get(i), uploads.get(i).content()));
        }
        LocalDate dueOn = dueOn(task);
        MaterialsDelivery delivery = deliveries.save(new MaterialsDelivery(contract.number(), task.groupCode(),
                task.blockIndex(), taskId, contract.contact().email(), deliveredBy(), clock.now(), dueOn,
                stored.stream().map(document -> new DeliveredFile(document.id())).toList()));
        outbox.queue(MaterialsSentByEmail.emailKey(taskId), letter.compose(contract, task, stored));
        audit.append(contract.number(), AuditKind.MATERIALS_DELIVERED, task.groupCode(), "Delivered " + stored.size()
                + " file(s) " + (contract.materialsDue() == MaterialsDue.BLOCK ? "of block " + (task.blockIndex() + 1)
                : "of the training") + " to " + contract.contact().email()
                + (delivery.onTime() ? ", on time" : ", after the deadline " + dueOn), auditDetails(delivery, stored));
        tasks.complete(taskId, Map.of(MaterialsTask.SENT_ON, clock.today().toString(),
                MaterialsTask.DESCRIPTION, MaterialsLetter.fileList(stored, false),
                MaterialsTask.DELIVERY_ID, delivery.id()));
        return delivery;
    }

    /** The delivery's deadline by the contract's schedule, not the task's due date, which is only a copy of it. */
    public LocalDate dueOn(MaterialsTask task) {
        return deadlines.materialsDueOn(task.contractNumber(), task.groupCode(), task.blockIndex());
    }

    private String deliveredBy() {
        String user = identity.getCurrentAuthentication() == null ? null
                : identity.getCurrentAuthentication().getUserId();
        return user == null ? AuditTrail.SYSTEM : user;
    }

    private static Map<String, Object> auditDetails(MaterialsDelivery delivery, List<StoredDocument> files) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliveryId", delivery.id());
        details.put("taskId", delivery.taskId());
        details.put("blockIndex", delivery.blockIndex());
        details.put("recipient", delivery.recipient());
        details.put("dueOn", String.valueOf(delivery.dueOn()));
        details.put("onTime", delivery.onTime());
        details.put("files", files.stream().map(StoredDocument::auditDetails).toList());
        return details;
    }
}
