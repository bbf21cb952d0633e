package org.smatracker.negotiation;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;
import org.smatracker.agreement.AgreementForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Talks whose baseline is not known yet (a 13th SMA's is the 12th's 2030 amount): a percent position
 * is stored as stated, without a currency, shown as awaiting the baseline, and computed as soon as
 * the baseline year is recorded. Rolls back.
 */
@AppTest
@Transactional
class PositionWithoutBaselineFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	private String page(String path, String language) throws Exception {
		// A session cookie, as a signed-in browser sends: such pages are rendered afresh, never kept.
		return mvc.perform(get(path).with(ANALYST).header("Accept-Language", language).cookie(new Cookie("JSESSIONID", "t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The 12th SMA's own edit form as loaded, sent back with one more year. */
	private MockHttpServletRequestBuilder twelfthWithYear(int year, String amount) throws Exception {
		AgreementForm form = (AgreementForm) mvc.perform(get("/manage/agreements/12/edit").with(ANALYST))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("agreementForm");
		MockHttpServletRequestBuilder request = post("/manage/agreements/12").with(csrf()).with(ANALYST);
		BeanWrapper bean = new BeanWrapperImpl(form);
		for (PropertyDescriptor p : bean.getPropertyDescriptors()) {
			Object value = p.getWriteMethod() == null ? null : bean.getPropertyValue(p.getName());
			if (value != null && !(value instanceof List)) {
				request.param(p.getName(), value instanceof BigDecimal d ? d.toPlainString() : value.toString());
			}
		}
		form.getSourceIds().forEach(id -> request.param("sourceIds", id.toString()));
		List<AgreementForm.YearRow> years = form.getYears().stream().filter(y -> y.getYear() != null).toList();
		for (int i = 0; i < years.size(); i++) {
			request.param("years[" + i + "].year", years.get(i).getYear().toString())
				.param("years[" + i + "].amount", years.get(i).getAmount().toPlainString())
				.param("years[" + i + "].currency", years.get(i).getCurrency().name())
				.param("years[" + i + "].basis", years.get(i).getBasis().name());
		}
		return request.param("years[" + years.size() + "].year", String.valueOf(year))
			.param("years[" + years.size() + "].amount", amount)
			.param("years[" + years.size() + "].currency", "KRW")
			.param("years[" + years.size() + "].basis", "SCHEDULED");
	}

	@Test
	void aPercentPositionAwaitsTheBaselineAndIsComputedOnceItIsRecorded() throws Exception {
		mvc.perform(post("/manage/negotiations").with(csrf()).with(ANALYST)
			.param("version", "0").param("smaNumber", "13").param("startDate", "2025-06-01"))
			.andExpect(status().is3xxRedirection());
		// "13%" with neither form nor currency chosen: a percent over the baseline, no currency.
		mvc.perform(post("/manage/negotiations/13/positions").with(csrf()).with(ANALYST)
			.param("version", "0").param("reportedDate", "2025-06-02").param("party", "ROK").param("kind", "OFFER")
			.param("amount", "13%").param("appliesToYear", "2031").param("sourceIds", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select form, amount, currency from offers where id = (select max(id) from offers)"))
			.containsEntry("form", "PERCENT_OF_BASELINE")
			.containsEntry("currency", null);

		assertThat(page("/negotiations/13", "en")).contains("+13% over baseline")
			.contains("awaiting the 12th SMA&#39;s 2030 amount");
		assertThat(page("/negotiations/13", "ko")).contains("2030년 금액 기록 대기 중");

		mvc.perform(twelfthWithYear(2030, "1800000000000")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from agreement_years y join agreements a on a.id = y.agreement_id "
				+ "where a.sma_number = 12 and y.contribution_year = 2030", Long.class)).isEqualTo(1);
		// This test's transaction never commits, so the eviction that follows a committed write does not run.
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());

		String computed = page("/negotiations/13", "en");
		assertThat(computed).contains("= ₩2.034 trillion").doesNotContain("awaiting the 12th");
	}

}
