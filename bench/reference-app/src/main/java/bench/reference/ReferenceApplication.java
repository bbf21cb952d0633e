package bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The smallest app with SMA Tracker's starters: one entity read by one page. */
@SpringBootApplication
@EnableCaching
public class ReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferenceApplication.class, args);
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).formLogin(form -> {
		});
		return http.build();
	}

	@Controller
	static class Home {

		private final Items items;

		Home(Items items) {
			this.items = items;
		}

		@GetMapping("/")
		String home(Model model) {
			model.addAttribute("items", items.findAll());
			return "home";
		}

	}

}
