package ee.hankevoog.materials;

import ee.hankevoog.taskform.CompletionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Materials count as sent when Hankevoog sent them: a "send materials" task completes only with its delivery,
 * never by ticking it off in a form.
 */
@Component("checkMaterialsDelivered")
class CheckMaterialsDelivered implements TaskListener {

    private final MaterialsDeliveryRepository deliveries;
    private final String baseUrl;

    CheckMaterialsDelivered(MaterialsDeliveryRepository deliveries, @Value("${hankevoog.base-url}") String baseUrl) {
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        Object deliveryId = task.getVariable(MaterialsTask.DELIVERY_ID);
        boolean delivered = deliveryId instanceof Number id && deliveries.findById(id.longValue())
                .filter(delivery -> delivery.taskId().equals(task.getId())).isPresent();
        if (!delivered) {
            throw new CompletionRefused(MaterialsTask.DELIVERY_ID, "The materials have not been delivered through"
                    + " Hankevoog. Upload the files at " + baseUrl + "/materials/" + task.getId() + " (or POST them to"
                    + " /api/tasks/" + task.getId() + "/materials); Hankevoog e-mails them to the contact person,"
                    + " records the delivery and completes this task.");
        }
    }
}
