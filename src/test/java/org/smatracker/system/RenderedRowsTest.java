package org.smatracker.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.exceptions.TemplateProcessingException;

import org.smatracker.AppTest;
import org.smatracker.timeline.TimelineView.Entry;
import org.smatracker.timeline.TimelineView.Position;
import org.smatracker.timeline.TimelineView.SourceLink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pieces of pages rendered once per content and language: the same values give the same HTML without
 * rendering again, changed values (a write) or another language give the new HTML, a signed-in
 * editor's rows keep their actions, and a piece cannot read the request.
 */
@AppTest
class RenderedRowsTest {

	@Autowired
	RenderedRows rendered;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private static Entry entry(String title) {
		return new Entry("timeline-event event-round", "2019-09-24", "Sep 24 – 25, 2019", title, "/negotiations/11#round-1",
				null, null, "Honolulu", null, null, null, "Talks began.", "Positions",
				List.of(new Position("badge party-us", "US", "Demand: US$5 billion (reported)", null, null)),
				List.of(new SourceLink("/sources/1", "SRC-1", "A source", null, null, null)));
	}

	@Test
	void theSameContentIsRenderedOnceAndChangedContentAgain() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String first = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 1 <b>"));
		assertThat(first).contains("11th SMA · Round 1 &lt;b&gt;").contains("Sources").contains("Honolulu");
		// an equal record built anew (as every request builds its page record) finds the same HTML
		assertThat(rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 1 <b>"))).isSameAs(first);

		String changed = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 2"));
		assertThat(changed).contains("11th SMA · Round 2").doesNotContain("Round 1");
	}

	@Test
	void aListIsItsPiecesInOrder() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String first = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 4"));
		String list = rendered.each("rows/timeline-entry", "e",
				List.of(entry("11th SMA · Round 4"), entry("11th SMA · Round 5 <i>")));
		String second = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 5 <i>"));
		assertThat(list).isEqualTo(first + "\n" + second);
		assertThat(list.indexOf("Round 4")).isLessThan(list.indexOf("Round 5 &lt;i&gt;"));
		assertThat(rendered.each("rows/timeline-entry", "e", List.of())).isEmpty();
	}

	@Test
	void eachLanguageHasItsOwnHtml() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String english = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 3"));
		LocaleContextHolder.setLocale(Locale.KOREAN);
		String korean = rendered.html("rows/timeline-entry", "e", entry("11th SMA · Round 3"));
		assertThat(english).contains("Sources").doesNotContain("출처");
		assertThat(korean).contains("출처").doesNotContain("Sources");
	}

	@Test
	void aPieceCannotReadTheRequest() {
		assertThatThrownBy(() -> rendered.html("test/request-link")).isInstanceOf(TemplateProcessingException.class);
	}

	@Test
	void aPieceCannotCallABean() {
		// Its expressions are evaluated in one context shared by every piece, which knows no beans.
		assertThatThrownBy(() -> rendered.html("test/bean-call")).isInstanceOf(TemplateProcessingException.class);
	}

	@Test
	void piecesOfOtherRecordTypesAndLanguagesReadTheirOwnValues() {
		// The shared context keeps which getter a record type has: a piece reads its own values, whatever
		// was read before it and in whichever thread.
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(rendered.html("test/record-values", "p", new Position("c", "US", "Demand <b>", null, null)))
			.isEqualTo("<span>US · Demand &lt;b&gt; · Timeline</span>");
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(rendered.html("test/record-values", "p", new Position("c", "한국", "제안", null, null)))
			.isEqualTo("<span>한국 · 제안 · 연대표</span>");
	}

	@Test
	void namesAndValuesComeInPairs() {
		assertThatThrownBy(() -> rendered.html("rows/timeline-entry", "e"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEditorsRowsKeepTheirActionsAndAReadersDoNot() throws Exception {
		String reader = page(mvc.perform(get("/negotiations/11?t=" + System.nanoTime()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String editor = page(mvc
			.perform(get("/negotiations/11?t=" + System.nanoTime()).header("Accept-Language", "en")
				.with(user("rows-editor").roles("ANALYST")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String readerAgain = page(mvc.perform(get("/negotiations/11?t=" + System.nanoTime()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(reader).contains("id=\"round-").contains("id=\"position-").doesNotContain("/manage/rounds/");
		assertThat(editor).contains("/manage/rounds/").contains("/manage/positions/");
		assertThat(readerAgain).isEqualTo(reader);
	}

	/** The rounds' and positions' tables, made of pieces (the rest of the page carries the address). */
	private static String page(String html) {
		int rounds = html.indexOf("rounds-table");
		return html.substring(rounds, html.indexOf("</table>", html.indexOf("positions-table")));
	}

}
