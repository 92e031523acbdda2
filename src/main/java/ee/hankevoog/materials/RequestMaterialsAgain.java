package ee.hankevoog.materials;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.MaterialsRequestedAgain;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The group's deliveries so far no longer meet its materials deadline; their files stay as evidence. */
@Component
class RequestMaterialsAgain {

    private final MaterialsDeliveryRepository deliveries;
    private final EngineClock clock;

    RequestMaterialsAgain(MaterialsDeliveryRepository deliveries, EngineClock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void onRequested(MaterialsRequestedAgain requested) {
        for (MaterialsDelivery delivery : deliveries.findByContractNumberAndGroupCodeOrderById(
                requested.contractNumber(), requested.groupCode())) {
            delivery.requestAgain(clock.today());
            deliveries.save(delivery);
        }
    }
}
