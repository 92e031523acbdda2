package ee.hankevoog.materials;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gives the task form its link to Hankevoog's upload page, which needs the task's own id. */
@Component("offerMaterialsUpload")
class OfferMaterialsUpload implements TaskListener {

    static final String UPLOAD_PAGE = "materialsUploadPage";

    private final String baseUrl;

    OfferMaterialsUpload(@Value("${hankevoog.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(UPLOAD_PAGE, baseUrl + "/materials/" + task.getId());
    }
}
