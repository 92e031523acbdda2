package ee.hankevoog.process.web;

import ee.hankevoog.process.ModelUpgrade;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator's command to move running contracts onto the newest process models now, not at start-up. */
@RestController
class ModelUpgradeController {

    private final ModelUpgrade upgrade;

    ModelUpgradeController(ModelUpgrade upgrade) {
        this.upgrade = upgrade;
    }

    /** What moved: per older model version, how many instances, or why they could not. */
    @PostMapping("/api/admin/model-upgrade")
    List<ModelUpgrade.Moved> upgrade() {
        return upgrade.upgradeAll();
    }
}
