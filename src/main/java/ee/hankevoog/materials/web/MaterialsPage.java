package ee.hankevoog.materials.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentLimits;
import ee.hankevoog.document.DocumentRefused;
import ee.hankevoog.document.Documents;
import ee.hankevoog.materials.DeliverMaterials;
import ee.hankevoog.materials.MaterialsDelivery;
import ee.hankevoog.materials.MaterialsTask;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The trainer's page for one materials task: choose the files, send them, see what was delivered. */
@Controller
class MaterialsPage {

    private final DeliverMaterials deliver;
    private final ContractLookup contracts;
    private final Documents documents;
    private final DocumentLimits limits;

    MaterialsPage(DeliverMaterials deliver, ContractLookup contracts, Documents documents, DocumentLimits limits) {
        this.deliver = deliver;
        this.contracts = contracts;
        this.documents = documents;
        this.limits = limits;
    }

    @GetMapping("/materials/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        return page(deliver.openTask(taskId), model);
    }

    @PostMapping("/materials/{taskId}")
    String upload(@PathVariable String taskId, @RequestParam(name = "files", required = false)
            List<MultipartFile> files, Model model) {
        MaterialsTask task = deliver.openTask(taskId);
        try {
            MaterialsDelivery delivery = deliver.deliver(taskId, Uploads.of(files));
            model.addAttribute("delivery", DeliveryView.of(delivery, documents));
            model.addAttribute("contract", contracts.get(delivery.contractNumber()));
            return "materials";
        } catch (DocumentRefused refused) {
            model.addAttribute("error", refused.getMessage());
            return page(task, model);
        }
    }

    private String page(MaterialsTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("dueOn", deliver.dueOn(task));
        model.addAttribute("contract", contracts.get(task.contractNumber()));
        model.addAttribute("maxFileSize", limits.maxFileSize().toMegabytes());
        model.addAttribute("maxDeliverySize", limits.maxDeliverySize().toMegabytes());
        return "materials";
    }
}
