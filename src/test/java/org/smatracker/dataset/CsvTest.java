package org.smatracker.dataset;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The file format's conventions, independent of any table: what is quoted, null versus empty, lines. */
class CsvTest {

	@Test
	void quotesOnlyWhatNeedsItAndTellsNullFromEmpty() {
		assertThat(Csv.line(Arrays.asList("1", null, "", "a,b", "say \"hi\"", " padded", "two\nlines", "#1", "x")))
			.isEqualTo("1,,\"\",\"a,b\",\"say \"\"hi\"\"\",\" padded\",\"two\nlines\",#1,x\r\n");
		assertThat(Csv.line(Arrays.asList(null, "b"))).isEqualTo(",b\r\n");
		assertThat(Csv.line(Arrays.asList("", null))).isEqualTo("\"\",\r\n");
	}

	@Test
	void readsBackWhatItWrites() {
		List<String> fields = Arrays.asList(null, "", "a,b", "say \"hi\"", " padded ", "two\r\nlines", "한국어", null);
		List<Csv.Row> rows = Csv.parse(Csv.line(fields) + Csv.line(List.of("next")));
		assertThat(rows).extracting(Csv.Row::fields).containsExactly(fields, List.of("next"));
		assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 3);
	}

	@Test
	void acceptsAByteOrderMarkLfEndingsBlankLinesAndNoFinalNewline() {
		List<Csv.Row> rows = Csv.parse("\uFEFFa,b\n\n1,\"\"\n2,");
		assertThat(rows).extracting(Csv.Row::fields)
			.containsExactly(List.of("a", "b"), Arrays.asList("1", ""), Arrays.asList("2", null));
		assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 3, 4);
	}

	@Test
	void rejectsMalformedQuotesNamingTheLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a,b\r\n1,ab\"c\r\n"))
			.withMessageStartingWith("line 2:");
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a,b\r\n1,2\r\n3,\"open\r\n"))
			.withMessageStartingWith("line 3:");
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a,b\r\n\"x\"y,2\r\n"))
			.withMessageStartingWith("line 2:");
		assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a,b\r\n\"two\nlines\" ,2\r\n"))
			.withMessageStartingWith("line 3:");
	}

}
