package ee.hankevoog.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description at /swagger-ui.html; every call logs in with HTTP Basic. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Hankevoog API", version = "1",
        description = "Training-service procurement contracts run as BPMN: contracts, deadlines, timelines,"
                + " history and calendar feeds. Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiDocs {
}
