package org.smatracker.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the sign-in scheme of the OpenAPI description (/v3/api-docs, /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI smaTrackerOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SMA Tracker API")
				.version("v1")
				.description("The US–ROK Special Measures Agreement record. Reading is open to everyone; "
						+ "writing needs HTTP Basic as a user with the ANALYST role. Errors are RFC 9457 problem "
						+ "details. Dates are ISO (yyyy-MM-dd); amounts are exact decimals in the currency given."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
