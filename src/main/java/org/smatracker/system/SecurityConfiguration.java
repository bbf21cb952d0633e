package org.smatracker.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Browsing is open to everyone; writing is for signed-in analysts. People sign in with a form
 * (CSRF on every form, session id changed at sign-in); scripts use HTTP Basic on /api/**, which
 * keeps no session and so needs no CSRF token. Everything the forms issue writes lives under
 * /manage/**, user management and restoring deleted records under /admin/**.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Only the app's own scripts and styles; no framing; forms post only to the app. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Embeddable charts (/embed/**) may be framed by any site, and only they: the same policy as
	 * the pages otherwise.
	 */
	static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors *");

	/**
	 * The interactive API page (Swagger UI) sets inline style attributes, so its pages alone may use
	 * inline styles; scripts stay 'self' only.
	 */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Static files (our own under /static/**, with content-hashed names, and WebJars) bypass the
	 * security filters: they are public, hold no data and set no cookie, and the filter chain cost
	 * more than serving them (see docs/performance.md). Tomcat still compresses them, and Spring MVC
	 * sets their year-long Cache-Control.
	 */
	@Bean
	WebSecurityCustomizer staticFilesBypassSecurity() {
		return web -> web.ignoring().requestMatchers("/static/**", "/webjars/**");
	}

	/** Without the security filters, static files still tell browsers not to guess their type. */
	@Bean
	FilterRegistrationBean<Filter> staticFilesNoSniff() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
			chain.doFilter(request, response);
		});
		registration.addUrlPatterns("/static/*", "/webjars/*");
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** The OpenAPI description and Swagger UI: read-only, open to everyone, with their own CSP. */
	@Bean
	@Order(0)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Read-only, sessionless pages made to sit in another site's iframe. */
	@Bean
	@Order(0)
	SecurityFilterChain embeds(HttpSecurity http) throws Exception {
		http.securityMatcher("/embed/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.disable())
			.requestCache(c -> c.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(EMBED_CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.disable())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.anyRequest()
				.hasRole("ANALYST"))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				DatabaseUnavailableFilter.rethrowIfDatabaseUnreachable(ex);
				problem(response, 401, "Unauthorized", "Sign in with HTTP Basic");
			}))
			.exceptionHandling(e -> e
				.authenticationEntryPoint(
						(request, response, ex) -> problem(response, 401, "Unauthorized", "Sign in with HTTP Basic"))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"This needs the ANALYST role")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/manage/**")
			.hasRole("ANALYST")
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.hasRole("ANALYST"))
			.formLogin(form -> form.loginPage("/login")
				.permitAll()
				.successHandler(returnAfterSignIn())
				.failureHandler((request, response, ex) -> {
					DatabaseUnavailableFilter.rethrowIfDatabaseUnreachable(ex);
					response.sendRedirect(
							request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error")
									+ ReturnPath.safe(request.getParameter("continue"))
										.map(p -> "&continue=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
										.orElse(""));
				}))
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut").permitAll())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Back to the page that asked for sign-in: a protected page the user was sent away from (the
	 * saved request), else the form's {@code continue} path if it is a path on this site, else home.
	 */
	private static AuthenticationSuccessHandler returnAfterSignIn() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		return (request, response, authentication) -> {
			if (cache.getRequest(request, response) != null) {
				saved.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			response.sendRedirect(request.getContextPath()
					+ ReturnPath.safe(request.getParameter("continue")).orElse("/"));
		};
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"SMA Tracker\"");
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}


}
