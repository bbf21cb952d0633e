package org.smatracker.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.smatracker.AppTest;
import org.smatracker.dataset.DatasetExporter.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Export, then import the zip into a database emptied of every dataset row, then export again: the
 * CSV files are byte-for-byte the same. A file with bad lines changes nothing and names every line.
 * Not transactional: the import commits, and leaves the data as it found it.
 */
@AppTest
class DatasetRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DatasetImporter importer;

	@Autowired
	DatasetExporter exporter;

	@Autowired
	JdbcTemplate jdbc;

	static final String BACKUP = "/admin/backup/sma-dataset.zip";

	private byte[] download(String url) throws Exception {
		var request = get(url);
		if (url.startsWith("/admin/")) {
			request.with(user("boss").roles("ANALYST", "ADMIN"));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	@Transactional
	void thePublicExportLeavesDeletedRecordsOutAndOnlyAdminsGetTheFullBackup() throws Exception {
		long offer = jdbc.queryForObject("select min(id) from offers", Long.class);
		jdbc.update("update offers set deleted = true where id = ?", offer);
		// A deleted round takes the rows that belong to it (its participants) out with it.
		long round = jdbc.queryForObject("select min(round_id) from round_participants", Long.class);
		jdbc.update("update rounds set deleted = true where id = ?", round);
		String line = offer + ",";
		// Read through the exporter: anonymous downloads may come from the page cache, keyed by the
		// data version, which this direct update does not move.
		Map<String, String> publicFiles = exporter.csvFiles(Scope.PUBLIC);
		assertThat(publicFiles.get("offers.csv").lines()).noneMatch(l -> l.startsWith(line));
		assertThat(publicFiles.get("rounds.csv").lines()).noneMatch(l -> l.startsWith(round + ","));
		assertThat(publicFiles.get("round_participants.csv").lines()).noneMatch(l -> l.startsWith(round + ","));
		Map<String, String> backup = exporter.csvFiles(Scope.FULL_BACKUP);
		assertThat(backup.get("offers.csv").lines()).anyMatch(l -> l.startsWith(line) && l.endsWith(",true"));
		assertThat(backup.get("round_participants.csv").lines()).anyMatch(l -> l.startsWith(round + ","));
		mvc.perform(get(BACKUP)).andExpect(status().is3xxRedirection());
		mvc.perform(get(BACKUP).with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	@Test
	void exportThenImportIntoAnEmptyDatabaseReproducesTheDataExactly() throws Exception {
		// The admins' full backup: deleted rows included, so the database comes back exactly.
		byte[] zip = download(BACKUP);
		Map<String, String> before = unzip(zip);
		assertThat(before).containsKey("manifest.json").containsKey("offers.csv").containsKey("round_participants.csv");
		JsonNode manifest = JsonMapper.builder().build().readTree(before.get("manifest.json"));
		assertThat(manifest.path("exchangeRates").size()).isGreaterThan(20);
		assertThat(manifest.path("units").path("offers.amount").asString()).contains("PERCENT_OF_BASELINE");
		assertThat(before.get("offers.csv").lines().count()).isGreaterThan(20);

		// An empty database with the migrations' schema: delete every dataset row, children first.
		for (int i = DatasetTables.ALL.size() - 1; i >= 0; i--) {
			jdbc.update("delete from " + DatasetTables.ALL.get(i).name());
		}
		assertThat(jdbc.queryForObject("select count(*) from offers", Long.class)).isZero();

		mvc.perform(multipart("/manage/import").file(new MockMultipartFile("file", "sma-dataset.zip", "application/zip", zip))
			.with(user("ana").roles("ANALYST"))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("alert-success")));
		// The import is in the change history: who loaded it, and a new data version for every cache.
		assertThat(jdbc.queryForObject("select username from audit_log where entity_type = 'dataset' order by id desc"
				+ " fetch first 1 rows only", String.class)).isEqualTo("ana");

		Map<String, String> after = unzip(download(BACKUP));
		for (String file : before.keySet()) {
			if (!file.equals("manifest.json")) {
				assertThat(after.get(file).getBytes(StandardCharsets.UTF_8)).as(file)
					.isEqualTo(before.get(file).getBytes(StandardCharsets.UTF_8));
			}
		}
		// New rows after an import get fresh ids.
		long maxId = jdbc.queryForObject("select max(id) from sources", Long.class);
		jdbc.update("insert into sources (code, title, confirmed) values ('RT-NEW', 'after import', true)");
		assertThat(jdbc.queryForObject("select id from sources where code = 'RT-NEW'", Long.class)).isGreaterThan(maxId);
		jdbc.update("delete from sources where code = 'RT-NEW'");
	}

	@Test
	void anImportWithBadLinesChangesNothingAndReportsEachLine() throws Exception {
		Map<String, String> before = exporter.csvFiles(Scope.FULL_BACKUP);
		String sources = exporter.csv(DatasetTables.named("sources").orElseThrow(), Scope.FULL_BACKUP);
		String header = sources.lines().findFirst().orElseThrow();
		String bad = header + "\r\n"
				+ "900001,NEW-1,A good new source,,2024-01-01,,,true,0,false\r\n"
				+ "900002,NEW-2,Bad date,,2024-13-01,,,true,0,false\r\n"
				+ "900003,NEW-3,,,,,,maybe,0,false\r\n"
				+ "900004,NEW-4,Too few fields\r\n";
		mvc.perform(multipart("/manage/import").file(new MockMultipartFile("file", "sources.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8)))
			.with(user("ana").roles("ANALYST"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));

		var report = importer.importFile("sources.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(DatasetImporter.Problem::line).containsExactly(3, 4, 5);
		assertThat(report.problems().get(0).reason()).contains("published_date");
		assertThat(report.problems().get(1).reason()).contains("title").contains("confirmed");
		assertThat(exporter.csvFiles(Scope.FULL_BACKUP)).isEqualTo(before);

		// A zip whose rows pass every check but one the database refuses (a check constraint) rolls back whole.
		Map<String, String> files = new LinkedHashMap<>(before);
		files.remove("manifest.json");
		String rates = files.get("exchange_rates.csv");
		files.put("exchange_rates.csv", rates + "999999,2999,0.0000,0,false\r\n");
		var refused = importer.importFiles(files, true);
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).singleElement()
			.satisfies(p -> assertThat(p.line()).isEqualTo(rates.lines().count() + 1));
		assertThat(exporter.csvFiles(Scope.FULL_BACKUP)).isEqualTo(before);
	}

	@Test
	void addingRowsFromOneTablesCsv() throws Exception {
		String header = exporter.csv(DatasetTables.named("sources").orElseThrow(), Scope.FULL_BACKUP).lines().findFirst().orElseThrow();
		String csv = header + "\r\n" + "900101,ADD-1,\"A title, with a comma\",,2024-01-01,,\"\",true,0,false\r\n";
		try {
			var report = importer.importFile("sources.csv", csv.getBytes(StandardCharsets.UTF_8));
			assertThat(report.problems()).isEmpty();
			assertThat(jdbc.queryForObject("select title from sources where code = 'ADD-1'", String.class))
				.isEqualTo("A title, with a comma");
			assertThat(jdbc.queryForObject("select quote_or_note from sources where code = 'ADD-1'", String.class))
				.isEmpty();
			var again = importer.importFile("sources.csv", csv.getBytes(StandardCharsets.UTF_8));
			assertThat(again.problems()).extracting(DatasetImporter.Problem::reason)
				.anySatisfy(r -> assertThat(r).contains("already stored"));
		}
		finally {
			jdbc.update("delete from sources where code = 'ADD-1'");
		}
	}

	@Test
	void downloadsAndThePages() throws Exception {
		mvc.perform(get("/export/offers.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("offers.csv")))
			.andExpect(content().string(containsString("id,negotiation_id,round_id,reported_date")));
		mvc.perform(get("/export/nothing.csv")).andExpect(status().isNotFound());
		byte[] xlsx = download("/export/sma-dataset.xlsx");
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(new String(xlsx, StandardCharsets.ISO_8859_1)).contains("xl/workbook.xml").contains("xl/worksheets/sheet18.xml");
		mvc.perform(get("/negotiations/11/gap.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("date,round,meeting,demand_krw")));
		mvc.perform(get("/export")).andExpect(status().isOk()).andExpect(content().string(containsString("sma-dataset.zip")));
		mvc.perform(get("/manage/import")).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/manage/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1]))
			.with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/import").with(user("ana").roles("ANALYST"))).andExpect(status().isOk());
	}

}
