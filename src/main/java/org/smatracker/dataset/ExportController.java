package org.smatracker.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.smatracker.dataset.DatasetExporter.Scope;
import org.smatracker.model.NotFoundException;

/** Downloads of the whole record: one CSV per table, a zip of them with a manifest, an .xlsx workbook. */
@Controller
class ExportController {

	static final String VIEW = "dataset/export";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DatasetExporter exporter;

	ExportController(DatasetExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/export")
	String page(Model model) {
		model.addAttribute("tables", DatasetTables.names());
		return VIEW;
	}

	@GetMapping("/export/{table:[a-z_]{1,40}}.csv")
	ResponseEntity<String> csv(@PathVariable String table) {
		var spec = DatasetTables.named(table).orElseThrow(() -> new NotFoundException("Table " + table));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(spec.fileName()))
			.body(exporter.csv(spec, Scope.PUBLIC));
	}

	@GetMapping("/export/sma-dataset.zip")
	ResponseEntity<byte[]> zip() throws IOException {
		return zip(Scope.PUBLIC, "sma-dataset.zip");
	}

	/** The full backup, deleted rows included: what an import needs to restore the database exactly. */
	@GetMapping("/admin/backup/sma-dataset.zip")
	ResponseEntity<byte[]> backup() throws IOException {
		return zip(Scope.FULL_BACKUP, "sma-dataset-backup.zip");
	}

	private ResponseEntity<byte[]> zip(Scope scope, String fileName) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.zip(out, scope);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(out.toByteArray());
	}

	@GetMapping("/export/sma-dataset.xlsx")
	ResponseEntity<byte[]> xlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.xlsx(out, Scope.PUBLIC);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("sma-dataset.xlsx"))
			.body(out.toByteArray());
	}

	static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}

}
