package ee.hankevoog.materials.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentLimits;
import ee.hankevoog.document.DocumentRefused;
import ee.hankevoog.document.Documents;
import ee.hankevoog.materials.DeliverMaterials;
import ee.hankevoog.materials.MaterialsDelivery;
import ee.hankevoog.materials.MaterialsDeliveryRepository;
import ee.hankevoog.materials.MaterialsTask;
import ee.hankevoog.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainer's page for one materials task: choose the files, send them, see what was delivered. */
@Controller
class MaterialsPage {

    private final DeliverMaterials deliver;
    private final ContractLookup contracts;
    private final Documents documents;
    private final DocumentLimits limits;

    private final MaterialsDeliveryRepository deliveries;

    MaterialsPage(DeliverMaterials deliver, ContractLookup contracts, Documents documents, DocumentLimits limits,
            MaterialsDeliveryRepository deliveries) {
        this.deliveries = deliveries;
        this.deliver = deliver;
        this.contracts = contracts;
        this.documents = documents;
        this.limits = limits;
    }

    /**
     * The task's upload form; once the materials are delivered, the delivery (to the contract's trainers and the
     * officers; anyone else finds no such task).
     */
    @GetMapping("/materials/{taskId}")
    String show(@PathVariable String taskId, Model model, Authentication login) {
        Optional<MaterialsDelivery> delivered = deliveries.findByTaskId(taskId).filter(d -> mayRead(d, login));
        if (delivered.isPresent()) {
            model.addAttribute("delivery", DeliveryView.of(delivered.get(), documents));
            model.addAttribute("contract", contracts.get(delivered.get().contractNumber()));
            return "materials";
        }
        return page(deliver.openTask(taskId), model);
    }

    /** Sends the files; the browser is then sent to the page of the delivery, so a reload sends nothing again. */
    @PostMapping("/materials/{taskId}")
    String upload(@PathVariable String taskId, @RequestParam(name = "files", required = false)
            List<MultipartFile> files, RedirectAttributes next) {
        deliver.openTask(taskId);
        try {
            deliver.deliver(taskId, Uploads.of(files));
        } catch (DocumentRefused refused) {
            next.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/materials/" + taskId;
    }

    private boolean mayRead(MaterialsDelivery delivery, Authentication login) {
        return !Roles.isOnlyTrainer(login)
                || contracts.trainerUsers(delivery.contractNumber()).contains(login.getName());
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
