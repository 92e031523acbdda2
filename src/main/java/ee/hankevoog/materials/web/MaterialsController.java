package ee.hankevoog.materials.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.Documents;
import ee.hankevoog.materials.DeliverMaterials;
import ee.hankevoog.materials.MaterialsDelivery;
import ee.hankevoog.materials.MaterialsDeliveryRepository;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Trainers deliver a block's materials by uploading them to the task; officers and auditors see the deliveries. */
@RestController
class MaterialsController {

    private final DeliverMaterials deliver;
    private final MaterialsDeliveryRepository deliveries;
    private final ContractLookup contracts;
    private final Documents documents;

    MaterialsController(DeliverMaterials deliver, MaterialsDeliveryRepository deliveries, ContractLookup contracts,
            Documents documents) {
        this.deliver = deliver;
        this.deliveries = deliveries;
        this.contracts = contracts;
        this.documents = documents;
    }

    @PostMapping(path = "/api/tasks/{taskId}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DeliveryView> deliver(@PathVariable String taskId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        MaterialsDelivery delivery = deliver.deliver(taskId, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/contracts/" + delivery.contractNumber() + "/materials"))
                .body(DeliveryView.of(delivery, documents));
    }

    @GetMapping("/api/contracts/{number}/materials")
    List<DeliveryView> deliveries(@PathVariable String number) {
        contracts.requireExists(number);
        return deliveries.findByContractNumberOrderById(number).stream()
                .map(delivery -> DeliveryView.of(delivery, documents)).toList();
    }
}
