package ee.hankevoog.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * What users did to a contract's process instances through the engine (Tasklist, Cockpit, the REST API), from
 * Camunda's user operation log: one entry per operation, with the properties it changed. The engine's own
 * authorization checks apply, with the caller's identity.
 */
@Component
class UserOperations {

    private final HistoryService history;
    private final ServerSide serverSide;
    private final EngineClock clock;
    private final ObjectMapper json;

    UserOperations(HistoryService history, ServerSide serverSide, EngineClock clock, ObjectMapper json) {
        this.history = history;
        this.serverSide = serverSide;
        this.clock = clock;
        this.json = json;
    }

    /**
     * The contract's lifecycle and group instances are those with the contract number as business key. Only those who
     * may read all history reach this (officers, auditors, administrators), so the engine's own check of each query
     * against their grants, three queries more per instance, is left out.
     */
    List<HistoryEntry> of(String contractNumber) {
        return serverSide.run(() -> read(contractNumber));
    }

    private List<HistoryEntry> read(String contractNumber) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(contractNumber).list()) {
            String group = groupOf(instance);
            Map<String, String> taskNames = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).list().stream()
                    .collect(Collectors.toMap(HistoricTaskInstance::getId,
                            task -> String.valueOf(ContractProcess.plainTaskName(task.getName(), contractNumber))));
            Map<String, List<UserOperationLogEntry>> operations = history.createUserOperationLogQuery()
                    .processInstanceId(instance.getId()).orderByTimestamp().asc().list().stream()
                    .collect(Collectors.groupingBy(UserOperations::operation, LinkedHashMap::new,
                            Collectors.toList()));
            operations.values().forEach(properties -> entries.add(entry(properties, group, taskNames)));
        }
        return entries;
    }

    /** The entries of one operation share its id, one entry per property it changed. */
    private static String operation(UserOperationLogEntry entry) {
        return entry.getOperationId() != null ? entry.getOperationId() : entry.getId();
    }

    /** A training-group instance belongs to one group; the lifecycle to none (it only passes group codes on). */
    private String groupOf(HistoricProcessInstance instance) {
        if (!ContractProcess.TRAINING_GROUP.equals(instance.getProcessDefinitionKey())) {
            return null;
        }
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Var.GROUP_CODE).list().stream().map(HistoricVariableInstance::getValue)
                .map(String::valueOf).findFirst().orElse(null);
    }

    private HistoryEntry entry(List<UserOperationLogEntry> properties, String group, Map<String, String> taskNames) {
        UserOperationLogEntry first = properties.get(0);
        String step = first.getTaskId() != null ? taskNames.get(first.getTaskId()) : null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operationId", first.getOperationId());
        details.put("operationType", first.getOperationType());
        details.put("entityType", first.getEntityType());
        details.put("category", first.getCategory());
        details.put("processInstanceId", first.getProcessInstanceId());
        details.put("taskId", first.getTaskId());
        details.put("annotation", first.getAnnotation());
        details.put("changes", properties.stream().filter(p -> p.getProperty() != null).map(p -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("property", p.getProperty());
            change.put("orgValue", p.getOrgValue());
            change.put("newValue", p.getNewValue());
            return change;
        }).toList());
        String summary = first.getEntityType() + ": " + first.getOperationType() + (step != null ? " " + step : "");
        return new HistoryEntry(time(first), null, first.getUserId() != null ? first.getUserId() : AuditTrail.SYSTEM,
                HistoryEntry.USER_OPERATION, group, step, summary, toJson(details));
    }

    private LocalDateTime time(UserOperationLogEntry entry) {
        return LocalDateTime.ofInstant(entry.getTimestamp().toInstant(), clock.zone());
    }

    private String toJson(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a user operation", e);
        }
    }
}
