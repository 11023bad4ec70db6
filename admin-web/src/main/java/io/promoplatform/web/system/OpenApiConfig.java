package io.promoplatform.web.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI promoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Promo platform API").version("v1")
                        .description("""
                                Storefronts price carts with POST /api/v1/quotes (Authorization: Bearer <api-key>).
                                People use /api/v1/admin/** and /api/v1/audit/** with HTTP Basic or their admin session
                                (session calls that change state need the X-CSRF-TOKEN header). Money is a JSON string
                                with the currency's minor-unit digits. Every error is application/problem+json: 400 for
                                malformed bodies, wrong types, unknown fields or enum values and missing required fields;
                                422 for unknown SKUs or currencies and broken business rules (with errors[].field);
                                413 over the body limit (256 KiB, 8 MiB for CSV imports); 401 without valid
                                credentials; 403 when the role does not allow the call."""))
                .components(new Components()
                        .addSecuritySchemes("storefrontKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Storefront API key"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")));
    }
}
